/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks the Supabase Storage REST API under
 * `/storage/v1`, the paths supabase-js 2.119 calls, so tests run the real SDK end to end
 * (DESIGN §7). Point the app at it with `SUPABASE_URL=fake.url`, `SUPABASE_SERVICE_ROLE_KEY=fake.serviceKey`.
 *
 *   GET  /bucket/{id}                      · POST /bucket {id, name, public}
 *   POST /object/{bucket}/{key}            upload (raw body or multipart, `x-upsert`)
 *   POST /object/upload/sign/{bucket}/{key} → { url, token }; PUT to that url with ?token= uploads
 *   GET  /object/authenticated/{bucket}/{key} (and /object/{bucket}/{key}) with Range → 200/206/416
 *   HEAD the same                          · GET /object/info/{bucket}/{key}
 *   DELETE /object/{bucket} {prefixes}
 *
 * Like hosted Supabase it answers errors as `{ statusCode, error, message }`, a missing object as
 * HTTP 400 with statusCode "404", and everything but a signed upload needs the service key.
 * Objects live in memory (`fake.objects`, keyed "bucket/key"); `fake.requests` records each request
 * (method, path, query, lower-case headers, body size).
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Readable } from "node:stream";
import busboy from "busboy";

export type StoredObject = { id: string; data: Buffer; contentType: string; createdAt: string };
export type StorageRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  bodyBytes: number;
};
export type Bucket = { id: string; name: string; public: boolean; created_at: string };

export type FakeSupabaseStorage = {
  url: string;
  serviceKey: string;
  buckets: Map<string, Bucket>;
  objects: Map<string, StoredObject>;
  requests: StorageRequest[];
  close(): Promise<void>;
};

const PREFIX = "/storage/v1";
const SIGNED_UPLOAD_SECONDS = 7200;

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, statusCode: string, error: string, message: string, status = 400) {
  sendJson(res, status, { statusCode, error, message });
}

function readBody(req: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The uploaded bytes: the first file of a multipart body (what supabase-js sends for a Blob), else the raw body. */
function fileFrom(
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ data: Buffer; contentType: string }> {
  const type = headers["content-type"] ?? "application/octet-stream";
  if (!type.startsWith("multipart/form-data")) return Promise.resolve({ data: body, contentType: type });
  return new Promise((resolve, reject) => {
    const parser = busboy({ headers: { "content-type": type } });
    let found: Promise<{ data: Buffer; contentType: string }> | undefined;
    parser.on("file", (_field, stream, info) => {
      if (found) {
        stream.resume();
        return;
      }
      found = readBody(stream).then((data) => ({ data, contentType: info.mimeType }));
    });
    parser.on("error", reject);
    parser.on("close", () => (found ? found.then(resolve, reject) : reject(new Error("no file part"))));
    parser.end(body);
  });
}

function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | "bad" {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header) : null;
  if (!match) return null;
  const [, from = "", to = ""] = match;
  if (!from) return to && Number(to) > 0 ? { start: Math.max(0, size - Number(to)), end: size - 1 } : "bad";
  const start = Number(from);
  const end = to ? Math.min(Number(to), size - 1) : size - 1;
  return start < size && start <= end ? { start, end } : "bad";
}

export async function startFakeSupabaseStorage(): Promise<FakeSupabaseStorage> {
  const serviceKey = `service-${randomBytes(8).toString("hex")}`;
  const signingSecret = randomBytes(32);
  const buckets = new Map<string, Bucket>();
  const objects = new Map<string, StoredObject>();
  const requests: StorageRequest[] = [];
  const sockets = new Set<Socket>();

  const sign = (claims: object) => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}`;
    return `${unsigned}.${createHmac("sha256", signingSecret).update(unsigned).digest("base64url")}`;
  };
  const verify = (token: string): { url?: string; exp?: number } | null => {
    const [header = "", payload = "", signature = ""] = token.split(".");
    const expected = createHmac("sha256", signingSecret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  };

  const store = (bucket: string, key: string, file: { data: Buffer; contentType: string }) => {
    objects.set(`${bucket}/${key}`, {
      id: randomUUID(),
      data: file.data,
      contentType: file.contentType,
      createdAt: new Date().toISOString(),
    });
    return { Key: `${bucket}/${key}`, Id: objects.get(`${bucket}/${key}`)?.id };
  };

  const handle = async (res: ServerResponse, recorded: StorageRequest, body: Buffer) => {
    const { method, path, headers, query } = recorded;
    if (!path.startsWith(`${PREFIX}/`)) return fail(res, "404", "not_found", "Route not found", 404);
    const route = path.slice(PREFIX.length);
    const signedUpload = /^\/object\/upload\/sign\/([^/]+)\/(.+)$/.exec(route);

    if (signedUpload && method === "PUT") {
      const [, bucket = "", key = ""] = signedUpload;
      const claims = verify(query.token ?? "");
      if (!claims) return fail(res, "400", "InvalidJWT", "invalid signature");
      if (claims.url !== `${bucket}/${key}`)
        return fail(res, "400", "InvalidSignature", "The url do not match the signature");
      if ((claims.exp ?? 0) * 1000 < Date.now())
        return fail(res, "400", "ExpiredSignature", "The signature has expired");
      if (objects.has(`${bucket}/${key}`))
        return fail(res, "409", "Duplicate", "The resource already exists");
      return sendJson(res, 200, { Key: store(bucket, key, await fileFrom(headers, body)).Key });
    }

    if (headers.authorization !== `Bearer ${serviceKey}`)
      return fail(res, "403", "Unauthorized", "invalid signature");

    const bucketRoute = /^\/bucket\/([^/]+)$/.exec(route);
    if (bucketRoute && method === "GET") {
      const bucket = buckets.get(bucketRoute[1] ?? "");
      return bucket ? sendJson(res, 200, bucket) : fail(res, "404", "Bucket not found", "Bucket not found");
    }
    if (route === "/bucket" && method === "POST") {
      const { id, public: isPublic } = JSON.parse(body.toString("utf8")) as { id: string; public?: boolean };
      if (buckets.has(id)) return fail(res, "409", "Duplicate", "The resource already exists");
      buckets.set(id, { id, name: id, public: Boolean(isPublic), created_at: new Date().toISOString() });
      return sendJson(res, 200, { name: id });
    }

    if (signedUpload && method === "POST") {
      const [, bucket = "", key = ""] = signedUpload;
      if (!buckets.has(bucket)) return fail(res, "404", "Bucket not found", "Bucket not found");
      const token = sign({
        url: `${bucket}/${key}`,
        exp: Math.floor(Date.now() / 1000) + SIGNED_UPLOAD_SECONDS,
      });
      return sendJson(res, 200, { url: `/object/upload/sign/${bucket}/${key}?token=${token}`, token });
    }

    const info = /^\/object\/info\/(?:authenticated\/)?([^/]+)\/(.+)$/.exec(route);
    if (info && method === "GET") {
      const [, bucket = "", key = ""] = info;
      const object = objects.get(`${bucket}/${key}`);
      if (!object) return fail(res, "404", "not_found", "Object not found");
      return sendJson(res, 200, {
        id: object.id,
        version: object.id,
        name: key,
        bucket_id: bucket,
        size: object.data.length,
        content_type: object.contentType,
        cache_control: "max-age=3600",
        etag: `"${object.id}"`,
        created_at: object.createdAt,
        last_modified: object.createdAt,
      });
    }

    const removal = /^\/object\/([^/]+)$/.exec(route);
    if (removal && method === "DELETE") {
      const bucket = removal[1] ?? "";
      const { prefixes } = JSON.parse(body.toString("utf8")) as { prefixes: string[] };
      const removed = prefixes.filter((key) => objects.delete(`${bucket}/${key}`));
      return sendJson(
        res,
        200,
        removed.map((name) => ({ name, bucket_id: bucket })),
      );
    }

    const object = /^\/object\/(?:authenticated\/)?([^/]+)\/(.+)$/.exec(route);
    if (object && (method === "POST" || method === "PUT")) {
      const [, bucket = "", key = ""] = object;
      if (!buckets.has(bucket)) return fail(res, "404", "Bucket not found", "Bucket not found");
      const upsert = method === "PUT" || headers["x-upsert"] === "true";
      if (!upsert && objects.has(`${bucket}/${key}`))
        return fail(res, "409", "Duplicate", "The resource already exists");
      return sendJson(res, 200, store(bucket, key, await fileFrom(headers, body)));
    }
    if (object && (method === "GET" || method === "HEAD")) {
      const [, bucket = "", key = ""] = object;
      const found = objects.get(`${bucket}/${key}`);
      if (!found) return fail(res, "404", "not_found", "Object not found");
      const size = found.data.length;
      const range = parseRange(headers.range, size);
      const common = { "content-type": found.contentType, "accept-ranges": "bytes", etag: `"${found.id}"` };
      if (range === "bad") {
        res.writeHead(416, { "content-range": `bytes */${size}` });
        return res.end();
      }
      if (!range || method === "HEAD") {
        res.writeHead(200, { ...common, "content-length": String(size) });
        return res.end(method === "HEAD" ? undefined : found.data);
      }
      res.writeHead(206, {
        ...common,
        "content-length": String(range.end - range.start + 1),
        "content-range": `bytes ${range.start}-${range.end}/${size}`,
      });
      return res.end(found.data.subarray(range.start, range.end + 1));
    }
    return fail(res, "404", "not_found", `No fake for ${method} ${route}`, 404);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers[name.toLowerCase()] = value;
    }
    const body = await readBody(req);
    const recorded: StorageRequest = {
      method: req.method ?? "",
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers,
      bodyBytes: body.length,
    };
    requests.push(recorded);
    try {
      await handle(res, recorded, body);
    } catch (error) {
      fail(res, "500", "internal", String(error), 500);
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    serviceKey,
    buckets,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
