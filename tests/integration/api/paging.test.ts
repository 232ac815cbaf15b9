import { afterAll, expect, it } from "vitest";
import * as actionItemsRoute from "@/app/api/v1/action-items/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { closeDb, getSql } from "@/lib/kernel/db/client";
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
  // One statement, one transaction: every row gets the same now().
  const created = await getSql()<{ id: string }[]>`
    insert into meetings (owner_id, title, source, status)
    select ${me.userId}, title, 'api', 'created' from unnest(${["one", "two", "three"]}::text[]) as title
    returning id`;
  const seen = await pageThrough(meetingsRoute.GET, "/api/v1/meetings", me.key);
  expect([...seen].sort()).toEqual(created.map((row) => row.id).sort());
});

it("pages through action items stored by one analysis without skipping any", async () => {
  const me = await makeCaller();
  const [meeting] = await getSql()<{ id: string }[]>`insert into meetings (owner_id, title, source, status)
    values (${me.userId}, 'Planning', 'api', 'ready') returning id`;
  if (!meeting) throw new Error("meeting not created");
  const created = await getSql()<{ id: string }[]>`
    insert into action_items (meeting_id, owner_id, text)
    select ${meeting.id}, ${me.userId}, text
    from unnest(${["Send the budget", "Book the room", "Call the client"]}::text[]) as text
    returning id`;
  const seen = await pageThrough(actionItemsRoute.GET, "/api/v1/action-items", me.key, {
    meetingId: meeting.id,
  });
  expect([...seen].sort()).toEqual(created.map((row) => row.id).sort());
});
