/**
 * The reference for bench/api: node:http + postgres.js answering GET /api/v1/meetings and
 * GET /api/v1/meetings/{id} with the same queries and the same JSON as Minuta (API-key lookup by
 * prefix + SHA-256, the page of meetings, their participants), and nothing else: no framework, no
 * validation library, no rate limit, no logging. Run by bench/api/run.ts with DATABASE_URL and PORT.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import http from "node:http";
import postgres from "postgres";
import { englishReason, type Reason } from "@/lib/kernel/reasons";

// Minuta keeps one postgres.js pool of DATABASE_POOL_SIZE (10) connections: the same here.
const sql = postgres(process.env.DATABASE_URL ?? "", { max: 10, onnotice: () => {} });
const KEY = /^mk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Row = Record<string, unknown> & { id: string; created_at: Date };

async function ownerOf(header: string | undefined): Promise<string | null> {
  const key = /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1] ?? "";
  const prefix = KEY.exec(key)?.[1];
  if (!prefix) return null;
  const [row] = await sql<{ owner_id: string; key_hash: string; scopes: string[] }[]>`
    select k.id, k.owner_id, u.email, k.key_hash, k.scopes, k.last_used_at
    from api_keys k join users u on u.id = k.owner_id
    where k.prefix = ${prefix} and k.revoked_at is null`;
  if (!row) return null;
  const given = createHash("sha256").update(key).digest();
  const stored = Buffer.from(row.key_hash, "hex");
  if (stored.length !== given.length || !timingSafeEqual(stored, given)) return null;
  return row.scopes.includes("meetings:read") ? row.owner_id : null;
}

async function people(ids: string[]) {
  const byMeeting = new Map<string, { name: string; email?: string }[]>();
  if (ids.length === 0) return byMeeting;
  const rows = await sql<{ meeting_id: string; name: string; email: string | null }[]>`
    select meeting_id, name, email from participants where meeting_id in ${sql(ids)} order by name asc`;
  for (const row of rows) {
    const list = byMeeting.get(row.meeting_id) ?? [];
    list.push(row.email ? { name: row.name, email: row.email } : { name: row.name });
    byMeeting.set(row.meeting_id, list);
  }
  return byMeeting;
}

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);

function meetingJson(row: Row, participants: { name: string; email?: string }[]) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    source: row.source,
    language: row.language,
    participants,
    startedAt: iso(row.started_at),
    endedAt: iso(row.ended_at),
    durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
    createdAt: row.created_at.toISOString(),
    ...(row.error ? { error: englishReason(row.error as Reason) } : {}),
  };
}

async function list(owner: string, limit: number) {
  const rows = await sql<Row[]>`
    select m.* from meetings m where m.owner_id = ${owner}
    order by m.created_at desc, m.id desc limit ${limit + 1}`;
  const page = rows.slice(0, limit);
  const byMeeting = await people(page.map((row) => row.id));
  const last = page.at(-1);
  return {
    data: page.map((row) => meetingJson(row, byMeeting.get(row.id) ?? [])),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify({ c: last.created_at.toISOString(), i: last.id })).toString("base64url")
        : null,
  };
}

async function one(owner: string, id: string) {
  const [row] = await sql<Row[]>`select * from meetings where id = ${id} and owner_id = ${owner} limit 1`;
  if (!row) return null;
  return meetingJson(row, (await people([row.id])).get(row.id) ?? []);
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

http
  .createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (url.pathname === "/ready") return send(response, 200, { ok: true });
      const owner = await ownerOf(request.headers.authorization);
      if (!owner) return send(response, 401, { title: "Unauthorized" });
      if (url.pathname === "/api/v1/meetings") {
        const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get("limit") ?? 50) || 50));
        return send(response, 200, await list(owner, limit));
      }
      const id = /^\/api\/v1\/meetings\/([^/]+)$/.exec(url.pathname)?.[1];
      if (id && UUID.test(id)) {
        const meeting = await one(owner, id);
        return meeting ? send(response, 200, meeting) : send(response, 404, { title: "Not found" });
      }
      send(response, 404, { title: "Not found" });
    } catch (error) {
      process.stderr.write(`${(error as Error).stack}\n`);
      send(response, 500, { title: "Internal error" });
    }
  })
  .listen(Number(process.env.PORT), "127.0.0.1");
