import { afterAll, describe, expect, it } from "vitest";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as searchRoute from "@/app/api/v1/search/route";
import { closeDb } from "@/lib/db/client";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";

afterAll(closeDb);

async function meetingWith(caller: Caller, title: string, transcript: string) {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
    key: caller.key,
    json: { title },
  });
  const id = created.body.id as string;
  const uploaded = await call(filesRoute.POST, "POST", `/api/v1/meetings/${id}/files`, {
    key: caller.key,
    params: { id },
    rawBody: fileForm(transcript, `${title}.txt`),
  });
  expect(uploaded.status).toBe(201);
  return id;
}

async function search(caller: Caller, q: string) {
  const result = await call(searchRoute.GET, "GET", "/api/v1/search", { key: caller.key, query: { q } });
  expect(result.status).toBe(200);
  return result.body as {
    data: {
      meetingId: string;
      seq: number;
      snippet: string;
      ranges: [number, number][];
      speaker: string;
      title: string;
    }[];
    nextCursor: string | null;
  };
}

describe("full-text search", () => {
  it("finds English words by their stem and ranks the denser match first", async () => {
    const me = await makeCaller();
    const id = await meetingWith(
      me,
      "Budget review",
      "Ana: We talked about the weather.\nBob: The budget meeting moved; budgets are tight and the budget is late.\nAna: One budget line remains.\n",
    );
    const hits = (await search(me, "budgets")).data;
    expect(hits.map((hit) => hit.seq)).toEqual([1, 2]);
    expect(hits[0]).toMatchObject({ meetingId: id, speaker: "Bob", title: "Budget review" });
  });

  it("finds Spanish words across inflections", async () => {
    const me = await makeCaller();
    await meetingWith(
      me,
      "Planificación",
      "Ana: Tenemos que revisar los presupuestos del trimestre.\nLuis: Y contratar a dos personas más.\n",
    );
    const hits = (await search(me, "presupuesto")).data;
    expect(hits).toHaveLength(1);
    expect(hits[0]?.snippet).toContain("presupuestos");
  });

  it("returns snippets as plain text with ranges, never HTML", async () => {
    const me = await makeCaller();
    await meetingWith(
      me,
      "Injection",
      'Mallory: <script>alert("x")</script> the deployment <b>pipeline</b> broke\n',
    );
    const [hit] = (await search(me, "pipeline")).data;
    expect(hit?.snippet).toContain('<script>alert("x")</script>');
    expect(hit?.snippet).toContain("<b>pipeline</b>");
    const [range] = hit?.ranges ?? [];
    expect(range).toBeDefined();
    expect(hit?.snippet.slice(range![0], range![1])).toBe("pipeline");
  });

  it("never returns another user's transcripts, even for the same words", async () => {
    const me = await makeCaller();
    const other = await makeCaller();
    await meetingWith(other, "Secret", "Eve: The acquisition of Zyxcorp closes on Friday.\n");
    await meetingWith(me, "Mine", "Ana: Nothing about acquisitions here, only Zyxcorp rumours.\n");
    const hits = (await search(me, "Zyxcorp")).data;
    expect(hits.map((hit) => hit.title)).toEqual(["Mine"]);
  });

  it("rejects an empty query with 422", async () => {
    const me = await makeCaller();
    const result = await call(searchRoute.GET, "GET", "/api/v1/search", { key: me.key, query: { q: "  " } });
    expect(result.status).toBe(422);
  });
});
