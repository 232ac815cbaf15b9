import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getSql } from "@/lib/db/client";
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

describe("row-level security", () => {
  it("shows a signed-in user only their own account row", async () => {
    const ana = await makeUser();
    const bob = await makeUser();
    const visible = await asAuthenticated(ana.id, (tx) => tx`select id from users`);
    expect(visible.map((row) => row.id)).toEqual([ana.id]);
    const bobSeen = await asAuthenticated(ana.id, (tx) => tx`select id from users where id = ${bob.id}`);
    expect(bobSeen).toHaveLength(0);
  });

  it("lets no one change another user's row", async () => {
    const ana = await makeUser();
    const bob = await makeUser({ name: "Bob" });
    const changed = await asAuthenticated(
      ana.id,
      (tx) => tx`update users set name = 'hacked' where id = ${bob.id} returning id`,
    );
    expect(changed).toHaveLength(0);
    const [row] = await getSql()`select name from users where id = ${bob.id}`;
    expect(row?.name).toBe("Bob");
  });

  it("refuses the anonymous role outright", async () => {
    await makeUser();
    const asAnon = getSql().begin(async (tx) => {
      await tx`set local role anon`;
      return tx`select id from users`;
    });
    await expect(asAnon).rejects.toThrow(/permission denied/);
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
