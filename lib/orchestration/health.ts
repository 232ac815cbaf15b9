import { emailHealth } from "@/lib/email/email-health";
import { getSql } from "@/lib/kernel/db/client";
import { getStorage } from "@/lib/storage/get-storage";
import { transcriptionHealth } from "@/lib/transcription/transcription-health";
import type { CheckState, HealthReport } from "./schemas";

export type { CheckState, HealthReport };

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function checkDb(): Promise<CheckState> {
  try {
    await withTimeout(getSql()`select 1`, 3000);
    return "ok";
  } catch {
    return "down";
  }
}

async function checkStorage(): Promise<CheckState> {
  try {
    return (await withTimeout(getStorage().check(), 3000)) ? "ok" : "down";
  } catch {
    return "down";
  }
}

async function checkQueue(db: CheckState): Promise<CheckState> {
  if (db !== "ok") return "down";
  try {
    const [row] = await getSql()`select to_regclass('pgboss.job') is not null as ready`;
    return row?.ready ? "ok" : "unconfigured";
  } catch {
    return "down";
  }
}

export async function healthReport(): Promise<HealthReport> {
  const db = await checkDb();
  const checks = {
    db,
    storage: await checkStorage(),
    queue: await checkQueue(db),
    transcription: transcriptionHealth(),
    // The built-in local engine always works; a configured model is an upgrade, not a requirement.
    ai: "ok" as CheckState,
    email: emailHealth(),
  };
  const degraded = Object.values(checks).some((state) => state === "down");
  return { status: degraded ? "degraded" : "ok", checks };
}
