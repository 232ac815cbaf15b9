/**
 * A real HTTP server on 127.0.0.1 (random port) that speaks Resend's `POST /emails`, so tests run the
 * real `resend` SDK end to end (DESIGN §7). Point the SDK at it with `RESEND_BASE_URL=fake.url`.
 *
 * Like Resend, it honours `Idempotency-Key`: a repeated key with the same body answers the first
 * response again and delivers nothing new; the same key with another body is a 409.
 *
 * Script answers in order, each used once (nothing scripted: the email is accepted):
 *   fake.enqueue(answer.error(500), answer.accept())
 *   answer.error(status, name?, message?)  Resend's error body `{ statusCode, name, message }`
 *   answer.accept()                         200 `{ id }`, one delivery recorded
 *   answer.acceptThenDrop()                 the delivery is recorded, then the socket is destroyed
 *                                           before any answer (a timeout after the provider sent it)
 *   answer.drop()                           the socket is destroyed, nothing delivered (lost on the way)
 *   answer.hold(released, then)             nothing happens until `released` settles, then `then`
 *
 * `fake.requests`: every request (method, path, lower-case headers, parsed JSON body).
 * `fake.deliveries`: every email actually accepted (what recipients would receive).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type ResendRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the SDK's request body freely
  json: any;
};

export type Delivery = { id: string; idempotencyKey: string | null; request: ResendRequest };

export type Answer =
  | { kind: "accept" }
  | { kind: "accept_then_drop" }
  | { kind: "drop" }
  | { kind: "hold"; released: Promise<unknown>; then: Answer }
  | { kind: "error"; status: number; name: string; message: string };

export const answer = {
  accept: (): Answer => ({ kind: "accept" }),
  acceptThenDrop: (): Answer => ({ kind: "accept_then_drop" }),
  drop: (): Answer => ({ kind: "drop" }),
  hold: (released: Promise<unknown>, then: Answer): Answer => ({ kind: "hold", released, then }),
  error: (
    status: number,
    name = status >= 500 ? "internal_server_error" : "validation_error",
    message = `fake ${status}`,
  ): Answer => ({
    kind: "error",
    status,
    name,
    message,
  }),
};

export type FakeResendServer = {
  url: string;
  requests: ResendRequest[];
  deliveries: Delivery[];
  enqueue(...answers: Answer[]): void;
  reset(): void;
  close(): Promise<void>;
};

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

export async function startFakeResendServer(): Promise<FakeResendServer> {
  const requests: ResendRequest[] = [];
  const deliveries: Delivery[] = [];
  const queue: Answer[] = [];
  // Idempotency-Key → the body it was first used with and the delivery it produced.
  const remembered = new Map<string, { body: string; id: string }>();
  const sockets = new Set<Socket>();

  const server = createServer(async (req, res) => {
    const raw = (await readBody(req)).toString("utf8");
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers[name.toLowerCase()] = value;
    }
    let json: unknown;
    try {
      json = raw ? JSON.parse(raw) : undefined;
    } catch {
      json = undefined;
    }
    const recorded: ResendRequest = { method: req.method ?? "", path: req.url ?? "", headers, json };
    requests.push(recorded);

    if (req.method !== "POST" || req.url !== "/emails") {
      sendJson(res, 404, {
        statusCode: 404,
        name: "not_found",
        message: `No fake for ${req.method} ${req.url}`,
      });
      return;
    }
    if (headers.authorization !== undefined && !/^Bearer \S+$/.test(headers.authorization)) {
      sendJson(res, 401, { statusCode: 401, name: "missing_api_key", message: "Missing API key" });
      return;
    }

    const key = headers["idempotency-key"] ?? null;
    const earlier = key ? remembered.get(key) : undefined;
    if (earlier) {
      if (earlier.body !== raw) {
        sendJson(res, 409, {
          statusCode: 409,
          name: "invalid_idempotent_request",
          message: "Same idempotency key used with a different payload",
        });
      } else {
        sendJson(res, 200, { id: earlier.id });
      }
      return;
    }

    let next = queue.shift() ?? answer.accept();
    while (next.kind === "hold") {
      const { released, then } = next;
      await released.catch(() => {});
      next = then;
    }
    if (next.kind === "drop") {
      req.socket.destroy();
      return;
    }
    if (next.kind === "error") {
      sendJson(res, next.status, { statusCode: next.status, name: next.name, message: next.message });
      return;
    }
    const id = randomUUID();
    deliveries.push({ id, idempotencyKey: key, request: recorded });
    if (key) remembered.set(key, { body: raw, id });
    if (next.kind === "accept_then_drop") {
      req.socket.destroy();
      return;
    }
    sendJson(res, 200, { id });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    deliveries,
    enqueue: (...answers) => queue.push(...answers),
    reset() {
      requests.length = 0;
      deliveries.length = 0;
      queue.length = 0;
      remembered.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
