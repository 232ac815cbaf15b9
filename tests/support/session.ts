import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external.js";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external.js";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store.js";
import { createWorkStore } from "next/dist/server/async-storage/work-store.js";
import { encode } from "next-auth/jwt";

/**
 * The headers of a signed-in browser's request as a route sees them: the session cookie, signed
 * the way next-auth signs it (a JWT encrypted with AUTH_SECRET, salted with the cookie's name),
 * plus the host and protocol Next.js adds (next-auth picks the cookie's name by protocol).
 */
export async function sessionHeaders(
  user: { id: string; email: string },
  claims: { sid?: string } = {},
): Promise<Record<string, string>> {
  const name = "authjs.session-token";
  const token = await encode({
    token: { sub: user.id, email: user.email, name: null, ...claims },
    secret: process.env.AUTH_SECRET as string,
    salt: name,
  });
  return { cookie: `${name}=${token}`, host: "localhost", "x-forwarded-proto": "http" };
}

/**
 * Runs `work` inside the request scope Next.js opens around a page or route, so `headers()` and
 * next-auth's `auth()` read these headers. `page` is what Next.js names the thing it serves (a
 * route handler's is `<path>/route`). The test file must import
 * "next/dist/server/node-environment-baseline.js" first, as Next's own server does, so Next's
 * request storage is a real AsyncLocalStorage.
 */
export function inRequestScope<T>(
  path: string,
  headers: Record<string, string>,
  work: () => Promise<T>,
  page = path,
) {
  const url = new URL(`http://localhost${path}`);
  const requestStore = createRequestStoreForAPI(
    new Request(url, { headers }) as never,
    url as never,
    { tags: [], expirationsByCacheKind: new Map() } as never,
    undefined,
    undefined,
    undefined,
  );
  const workStore = createWorkStore({
    page,
    renderOpts: { experimental: {} },
    isPrefetchRequest: false,
    buildId: "tests",
  } as never);
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, work));
}
