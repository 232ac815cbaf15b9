import { afterAll, describe, expect, it } from "vitest";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as searchRoute from "@/app/api/v1/search/route";
import { closeDb } from "@/lib/kernel/db/client";
import { BLOCK } from "@/lib/search/search-transcripts";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";

afterAll(closeDb);

async function meetingWith(
  caller: Caller,
  title: string,
  transcript: string,
  extra: { language?: "es" | "en" | "auto"; participants?: { name: string }[] } = {},
) {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
    key: caller.key,
    json: { title, ...extra },
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

async function search(caller: Caller, q: string, more: Record<string, string> = {}) {
  const result = await call(searchRoute.GET, "GET", "/api/v1/search", {
    key: caller.key,
    query: { q, ...more },
  });
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

  it("leaves out a -word however any language stems it", async () => {
    const me = await makeCaller();
    const english = await meetingWith(
      me,
      "Planning",
      "Ana: The API budgets are tight this quarter.\nBob: The API roadmap is ready.\n",
      { language: "en" },
    );
    const spanish = await meetingWith(
      me,
      "Planificación",
      "Ana: La API y los presupuestos del trimestre.\nLuis: La API nueva ya funciona.\n",
      { language: "es" },
    );
    const withoutBudgets = (await search(me, "API -budgets")).data;
    expect(withoutBudgets.map((hit) => [hit.meetingId, hit.seq])).toEqual(
      expect.arrayContaining([
        [english, 1],
        [spanish, 0],
        [spanish, 1],
      ]),
    );
    expect(withoutBudgets.some((hit) => hit.snippet.includes("budgets"))).toBe(false);
    const withoutPresupuestos = (await search(me, 'API -presupuestos -"roadmap is"')).data;
    expect(withoutPresupuestos.map((hit) => [hit.meetingId, hit.seq]).sort()).toEqual(
      [
        [english, 0],
        [spanish, 1],
      ].sort(),
    );
  });

  it("pages through more matches than one ranking block, each hit once, in the same order every time", async () => {
    const me = await makeCaller();
    const lines = Array.from({ length: BLOCK + 100 }, (_, seq) =>
      seq === 10 || seq === BLOCK + 50
        ? `Ana: The budget, the budget and again the budget (${seq}).`
        : `Bob: Line ${seq} mentions the budget once.`,
    );
    const id = await meetingWith(me, "Long budget review", `${lines.join("\n")}\n`, { language: "en" });
    const seen: number[] = [];
    let cursor: string | undefined;
    const pages: { meetingId: string; seq: number }[][] = [];
    // Pages of 40 % of a block: the third page starts in the first block and ends in the second.
    const limit = (BLOCK * 2) / 5;
    do {
      const page = await search(me, "budget", {
        limit: String(limit),
        meetingId: id,
        ...(cursor ? { cursor } : {}),
      });
      pages.push(page.data);
      seen.push(...page.data.map((hit) => hit.seq));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const total = BLOCK + 100;
    expect(pages.map((page) => page.length)).toEqual(
      Array.from({ length: Math.ceil(total / limit) }, (_, i) => Math.min(limit, total - i * limit)),
    );
    expect(new Set(seen).size).toBe(BLOCK + 100);
    // Ranked within each block: the dense line leads the first block and the second.
    expect(seen[0]).toBe(10);
    expect(seen[BLOCK]).toBe(BLOCK + 50);
    const again = await search(me, "budget", { limit: String(limit), meetingId: id });
    expect(again.data.map((hit) => hit.seq)).toEqual(pages[0]?.map((hit) => hit.seq));
  });
});

describe("meeting list filters", () => {
  async function titles(caller: Caller, query: Record<string, string>) {
    const result = await call(meetingsRoute.GET, "GET", "/api/v1/meetings", { key: caller.key, query });
    expect(result.status, result.text).toBe(200);
    return (result.body.data as { title: string }[]).map((meeting) => meeting.title).sort();
  }

  it("treats % and _ in q and participant as themselves, not as wildcards", async () => {
    const me = await makeCaller();
    await meetingWith(me, "100% done", "Ana: Finished.\n", { participants: [{ name: "Ana_B" }] });
    await meetingWith(me, "Budget_2024", "Ana: Numbers.\n", { participants: [{ name: "AnaXB" }] });
    await meetingWith(me, "Plain title", "Ana: Nothing special.\n", {
      participants: [{ name: "Back\\slash" }],
    });
    expect(await titles(me, { q: "%" })).toEqual(["100% done"]);
    expect(await titles(me, { q: "_" })).toEqual(["Budget_2024"]);
    expect(await titles(me, { participant: "Ana_B" })).toEqual(["100% done"]);
    expect(await titles(me, { participant: "Back\\" })).toEqual(["Plain title"]);
    expect(await titles(me, { participant: "\\" })).toEqual(["Plain title"]);
  });
});
