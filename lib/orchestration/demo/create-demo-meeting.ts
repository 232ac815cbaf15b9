import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { importTranscript } from "@/lib/ingest/import-transcript";
import { getSql } from "@/lib/kernel/db/client";
import { createMeeting } from "@/lib/meetings/create-meeting";
import type { DemoMeeting } from "./meetings";

/**
 * Stores one sample meeting for a user through the same import path as uploads, dated as the
 * sample says. Its notes are left to the caller (written now, or queued like an upload's).
 */
export async function createDemoMeeting(userId: string, demo: DemoMeeting): Promise<string> {
  const meeting = await createMeeting(userId, {
    title: demo.title,
    language: demo.language,
    participants: demo.participants,
    source: "upload",
  });
  const dir = await mkdtemp(path.join(tmpdir(), "minuta-demo-"));
  try {
    const file = path.join(dir, `${meeting.id}.txt`);
    await writeFile(file, demo.transcript);
    await importTranscript({ id: meeting.id, language: demo.language }, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const started = new Date();
  started.setUTCDate(started.getUTCDate() - demo.daysAgo);
  started.setUTCHours(demo.startHourUtc, 0, 0, 0);
  await getSql()`
    update meetings set started_at = ${started}, template = ${demo.template},
      ended_at = ${started}::timestamptz + (duration_ms || ' milliseconds')::interval,
      created_at = ${started}
    where id = ${meeting.id}`;
  return meeting.id;
}
