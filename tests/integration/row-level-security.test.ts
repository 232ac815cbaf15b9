import { afterAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/manage-api-keys";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { makeUser } from "@/tests/support/factories";

afterAll(closeDb);

/** Runs a query the way Supabase would for a signed-in user: role `authenticated`, their id in the JWT claims. */
async function asAuthenticated<T>(
  userId: string,
  query: (tx: ReturnType<typeof getSql>) => Promise<T>,
): Promise<T> {
  return getSql().begin(async (tx) => {
    await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: userId, role: "authenticated" })}, true)`;
    await tx`set local role authenticated`;
    return query(tx as unknown as ReturnType<typeof getSql>);
  }) as Promise<T>;
}

const PERMISSION_DENIED = /permission denied/;

describe("row-level security", () => {
  it("shows a signed-in user only their own account row", async () => {
    const ana = await makeUser();
    const bob = await makeUser();
    const visible = await asAuthenticated(ana.id, (tx) => tx`select id from users`);
    expect(visible.map((row) => row.id)).toEqual([ana.id]);
    const bobSeen = await asAuthenticated(ana.id, (tx) => tx`select id from users where id = ${bob.id}`);
    expect(bobSeen).toHaveLength(0);
  });

  it("lets no one change another user's row, nor their own", async () => {
    const ana = await makeUser({ name: "Ana" });
    const bob = await makeUser({ name: "Bob" });
    await expect(
      asAuthenticated(ana.id, (tx) => tx`update users set name = 'hacked' where id = ${bob.id} returning id`),
    ).rejects.toThrow(PERMISSION_DENIED);
    await expect(
      asAuthenticated(ana.id, (tx) => tx`update users set name = 'hacked' where id = ${ana.id} returning id`),
    ).rejects.toThrow(PERMISSION_DENIED);
    const rows =
      await getSql()`select name from users where id in ${getSql()([ana.id, bob.id])} order by name`;
    expect(rows.map((row) => row.name)).toEqual(["Ana", "Bob"]);
  });

  it("refuses the anonymous role outright", async () => {
    await makeUser();
    const asAnon = getSql().begin(async (tx) => {
      await tx`set local role anon`;
      return tx`select id from users`;
    });
    await expect(asAnon).rejects.toThrow(PERMISSION_DENIED);
  });

  it("has row-level security enabled on every public table", async () => {
    const tables = await getSql()`
      select c.relname as name, c.relrowsecurity as rls
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'minuta_migrations'`;
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((table) => !table.rls).map((table) => table.name)).toEqual([]);
  });
});

// A realtime token is a Supabase JWT for the user: with it, Supabase REST runs queries exactly
// like these. Only the app (its owner connection) may write.
describe("a Supabase JWT reads its user's rows and writes nothing", () => {
  it("can't mint itself an API key", async () => {
    const ana = await makeUser();
    const insert = asAuthenticated(
      ana.id,
      (tx) => tx`
        insert into api_keys (owner_id, name, prefix, key_hash, scopes)
        values (${ana.id}, 'escalated', 'mk_escalated01', 'hash', ${["meetings:write", "webhooks"]})`,
    );
    await expect(insert).rejects.toThrow(PERMISSION_DENIED);
    expect(await getSql()`select id from api_keys where owner_id = ${ana.id}`).toHaveLength(0);
  });

  it("can't create, change or delete its own meetings, nor widen or revoke its own keys", async () => {
    const ana = await makeUser();
    const meeting = await createMeeting(ana.id, { title: "Stand-up" });
    const key = await createApiKey(ana.id, { name: "read only", scopes: ["meetings:read"] });
    const attempts = [
      (tx: ReturnType<typeof getSql>) =>
        tx`insert into meetings (owner_id, title) values (${ana.id}, 'Mine')`,
      (tx: ReturnType<typeof getSql>) => tx`update meetings set title = 'Renamed' where id = ${meeting.id}`,
      (tx: ReturnType<typeof getSql>) => tx`delete from meetings where id = ${meeting.id}`,
      (tx: ReturnType<typeof getSql>) =>
        tx`update api_keys set scopes = ${["meetings:read", "meetings:write"]} where id = ${key.id}`,
      (tx: ReturnType<typeof getSql>) => tx`delete from api_keys where id = ${key.id}`,
      (tx: ReturnType<typeof getSql>) => tx`truncate transcript_segments`,
    ];
    for (const attempt of attempts) {
      await expect(asAuthenticated(ana.id, attempt)).rejects.toThrow(PERMISSION_DENIED);
    }
    const [stored] = await getSql()`select title from meetings where id = ${meeting.id}`;
    expect(stored?.title).toBe("Stand-up");
    const [storedKey] = await getSql()`select scopes from api_keys where id = ${key.id}`;
    expect(storedKey?.scopes).toEqual(["meetings:read"]);
  });

  it("still reads its own meetings, captions and keys, and no one else's", async () => {
    const ana = await makeUser();
    const bob = await makeUser();
    const anaMeeting = await createMeeting(ana.id, { title: "Ana's" });
    const bobMeeting = await createMeeting(bob.id, { title: "Bob's" });
    for (const meeting of [anaMeeting, bobMeeting]) {
      await getSql()`insert into transcript_segments (meeting_id, seq, text, start_ms, end_ms)
        values (${meeting.id}, 0, 'Hello', 0, 900)`;
    }
    const anaKey = await createApiKey(ana.id, { name: "ana", scopes: ["meetings:read"] });
    await createApiKey(bob.id, { name: "bob" });
    const meetings = await asAuthenticated(ana.id, (tx) => tx`select id from meetings`);
    expect(meetings.map((row) => row.id)).toEqual([anaMeeting.id]);
    const keys = await asAuthenticated(ana.id, (tx) => tx`select id from api_keys`);
    expect(keys.map((row) => row.id)).toEqual([anaKey.id]);
    // What Supabase Realtime checks before it forwards a new caption line.
    const segments = await asAuthenticated(ana.id, (tx) => tx`select meeting_id from transcript_segments`);
    expect(segments.map((row) => row.meeting_id)).toEqual([anaMeeting.id]);
  });

  it("holds for every table: no write privilege for anon or authenticated, only read policies", async () => {
    const writable = await getSql()`
      select c.relname as table, r.rolname as role, p.privilege
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      cross join (select rolname from pg_roles where rolname in ('anon', 'authenticated')) r
      cross join unnest(array['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) as p(privilege)
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and (has_table_privilege(r.rolname, c.oid, p.privilege)
          or (p.privilege in ('INSERT', 'UPDATE') and has_any_column_privilege(r.rolname, c.oid, p.privilege)))`;
    expect(writable).toEqual([]);
    const writePolicies = await getSql()`
      select tablename, policyname, cmd from pg_policies where schemaname = 'public' and cmd <> 'SELECT'`;
    expect(writePolicies).toEqual([]);
  });
});
