import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { importTranscript } from "@/lib/ingest/import-transcript";
import { getSql } from "@/lib/kernel/db/client";
import { createMeeting } from "@/lib/meetings/create-meeting";
import type { DemoMeeting } from "./meetings";

/**
 * Stores one sample meeting for a user through the same import path as uploads, dated as the
 * sample says. Like an upload's, its analysis is queued by the import; a caller may also run it now.
 */
export async function createDemoMeeting(userId: string, demo: DemoMeeting): Promise<string> {
  const meeting = await createMeeting(userId, {
    title: demo.title,
    language: demo.language,
    participants: demo.participants,
    source: "upload",
  });
  // Dated and templated before the import, which queues its analysis: a worker taking that job at
  // once must see the template and date the sample has.
  const started = new Date();
  started.setUTCDate(started.getUTCDate() - demo.daysAgo);
  started.setUTCHours(demo.startHourUtc, 0, 0, 0);
  await getSql()`
    update meetings set started_at = ${started}, template = ${demo.template}, created_at = ${started}
    where id = ${meeting.id}`;
  const dir = await mkdtemp(path.join(tmpdir(), "minuta-demo-"));
  try {
    const file = path.join(dir, `${meeting.id}.txt`);
    await writeFile(file, demo.transcript);
    await importTranscript({ id: meeting.id, language: demo.language }, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await getSql()`
    update meetings set ended_at = started_at + (duration_ms || ' milliseconds')::interval
    where id = ${meeting.id}`;
  return meeting.id;
}
