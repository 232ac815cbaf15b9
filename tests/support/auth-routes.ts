import { NextRequest } from "next/server";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";

/**
 * A browser's round trips through next-auth's own route handlers (/api/auth/*): the CSRF cookie and
 * token, the credentials callback that sets the session cookie, and sign-out. Cookies are what the
 * handlers set, not tokens made up by the test.
 */

const ORIGIN = "http://localhost";
const BROWSER = { host: "localhost", "x-forwarded-proto": "http" };

/** `name=value` pairs of a response's Set-Cookie headers, cleared cookies left out. */
function setCookies(response: Response): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const index = pair.indexOf("=");
    const value = pair.slice(index + 1);
    if (value) jar[pair.slice(0, index)] = value;
  }
  return jar;
}

const cookieHeader = (jar: Record<string, string>) =>
  Object.entries(jar)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await authRoute.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: BROWSER }));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: cookieHeader(setCookies(response)) };
}

async function post(path: string, cookie: string, form: Record<string, string>) {
  return authRoute.POST(
    new NextRequest(`${ORIGIN}${path}`, {
      method: "POST",
      headers: { ...BROWSER, cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    }),
  );
}

/** Signs in with email and password; the session cookie's `name=value`, or null when refused. */
export async function signInWithPassword(email: string, password: string): Promise<string | null> {
  const { token, cookie } = await csrf();
  const response = await post("/api/auth/callback/credentials", cookie, {
    email,
    password,
    csrfToken: token,
    callbackUrl: ORIGIN,
  });
  const session = Object.entries(setCookies(response)).find(([name]) => name.endsWith("session-token"));
  return session ? `${session[0]}=${session[1]}` : null;
}

/** Logs the browser holding this session cookie out, as the log-out button's POST does. */
export async function signOutThroughRoute(sessionCookie: string): Promise<Response> {
  const { token, cookie } = await csrf();
  return post("/api/auth/signout", `${cookie}; ${sessionCookie}`, { csrfToken: token, callbackUrl: ORIGIN });
}

/** The headers of a request from the browser holding this session cookie. */
export function browserHeaders(sessionCookie: string): Record<string, string> {
  return { ...BROWSER, cookie: sessionCookie };
}
