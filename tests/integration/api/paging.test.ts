import { afterAll, expect, it } from "vitest";
import * as actionItemsRoute from "@/app/api/v1/action-items/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { closeDb, getSql } from "@/lib/db/client";
import { call, makeCaller } from "@/tests/support/api";

afterAll(closeDb);

/** Follows nextCursor one row at a time and returns every id seen, in order. */
async function pageThrough(handler: typeof meetingsRoute.GET, path: string, key: string, query = {}) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 20; pages++) {
    const page = await call(handler, "GET", path, {
      key,
      query: { ...query, limit: "1", ...(cursor ? { cursor } : {}) },
    });
    expect(page.status).toBe(200);
    ids.push(...page.body.data.map((row: { id: string }) => row.id));
    cursor = page.body.nextCursor;
    if (!cursor) break;
  }
  return ids;
}

it("pages through meetings created in one transaction without skipping any", async () => {
  const me = await makeCaller();
  const created = await getSql().begin(async (sql) => {
    const rows = [];
    for (const title of ["one", "two", "three"]) {
      const [row] = await sql`insert into meetings (owner_id, title, source, status)
        values (${me.userId}, ${title}, 'api', 'created') returning id`;
      rows.push(row.id as string);
    }
    return rows;
  });
  const seen = await pageThrough(meetingsRoute.GET, "/api/v1/meetings", me.key);
  expect([...seen].sort()).toEqual([...created].sort());
});

it("pages through action items stored by one analysis without skipping any", async () => {
  const me = await makeCaller();
  const [meeting] = await getSql()`insert into meetings (owner_id, title, source, status)
    values (${me.userId}, 'Planning', 'api', 'ready') returning id`;
  const created = await getSql().begin(async (sql) => {
    const rows = [];
    for (const text of ["Send the budget", "Book the room", "Call the client"]) {
      const [row] = await sql`insert into action_items (meeting_id, owner_id, text)
        values (${meeting.id}, ${me.userId}, ${text}) returning id`;
      rows.push(row.id as string);
    }
    return rows;
  });
  const seen = await pageThrough(actionItemsRoute.GET, "/api/v1/action-items", me.key, {
    meetingId: meeting.id,
  });
  expect([...seen].sort()).toEqual([...created].sort());
});
