import { createApiKey } from "@/lib/api-keys/manage-api-keys";
import type { Scope } from "@/lib/api-keys/scopes";
import { makeUser } from "./factories";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type Caller = { userId: string; email: string; key: string; keyId: string };

/** A user with an API key, the way a third-party script would call the API. */
export async function makeCaller(scopes?: Scope[]): Promise<Caller> {
  const user = await makeUser();
  const { key, id } = await createApiKey(user.id, { name: "tests", scopes });
  return { userId: user.id, email: user.email, key, keyId: id };
}

type CallOptions = {
  key?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  json?: unknown;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
};

/** Calls a route handler exactly as Next.js would: a Request in, a Response out. */
export async function call(handler: Handler, method: string, path: string, options: CallOptions = {}) {
  const url = new URL(`http://localhost${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
  const headers = new Headers(options.headers);
  if (options.key) headers.set("authorization", `Bearer ${options.key}`);
  let body: BodyInit | undefined = options.rawBody;
  if (options.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(options.json);
  }
  const request = new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON shapes
    body: parsed as any,
  };
}

export function fileForm(
  content: BlobPart | BlobPart[],
  fileName: string,
  type = "application/octet-stream",
): FormData {
  const form = new FormData();
  form.append("file", new File(Array.isArray(content) ? content : [content], fileName, { type }));
  return form;
}
