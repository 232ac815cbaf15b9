import { describe, expect, it } from "vitest";
import * as transcriptRoute from "@/app/api/v1/meetings/[id]/transcript/route";
import { call, fileForm, makeCaller } from "@/tests/support/api";
import { createMeeting, liveMeeting, uploadFile } from "@/tests/support/api-fixtures";

const transcript = (key: string, id: string, query: Record<string, string>) =>
  call(transcriptRoute.GET, "GET", `/api/v1/meetings/${id}/transcript`, { key, params: { id }, query });

describe("a live transcript exported as JSON and imported again", () => {
  it("comes back identical, whitespace, empty speakers and seq gaps included", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller.key, [
      { seq: 0, speaker: "", text: "  hola\n\ta  todos ", startMs: 0, endMs: 1500 },
      {
        seq: 1,
        speaker: " Ana\tGarcía ",
        text: "línea\r\ncon\u2028saltos\u00a0y  espacios",
        startMs: 1500,
        endMs: 4000,
      },
      { seq: 7, speaker: "Luis", text: "fin", startMs: 4000, endMs: 4800 },
      { seq: 8, speaker: "\t", text: "¿alguien\u0001más?", startMs: 5000, endMs: 5200 },
    ]);

    const stored = await transcript(caller.key, id, { limit: "1000" });
    // Appended text is cleaned exactly as imported text is.
    expect(stored.body.data).toEqual([
      { seq: 0, speaker: "", text: "hola a todos", startMs: 0, endMs: 1500 },
      { seq: 1, speaker: "Ana García", text: "línea con saltos y espacios", startMs: 1500, endMs: 4000 },
      { seq: 7, speaker: "Luis", text: "fin", startMs: 4000, endMs: 4800 },
      { seq: 8, speaker: "", text: "¿alguienmás?", startMs: 5000, endMs: 5200 },
    ]);

    const exported = await transcript(caller.key, id, { format: "json" });
    expect(exported.status).toBe(200);
    const copy = await createMeeting(caller.key, { title: "Re-imported" });
    const imported = await uploadFile(
      caller.key,
      copy.id,
      fileForm(exported.text, "export.json", "application/json"),
    );
    expect(imported.status, imported.text).toBe(201);
    expect((await transcript(caller.key, copy.id, { limit: "1000" })).body.data).toEqual(stored.body.data);
  });
});
