import "server-only";
import { createHash } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { getSql } from "@/lib/kernel/db/client";
import { env } from "@/lib/kernel/env";
import { appUrl } from "@/lib/kernel/http/app-url";

// Unsubscribe links must work for years and for people without an account, so the token is the
// address itself, signed (HS256) with a key derived from AUTH_SECRET for this one purpose. It has no
// expiry and no timestamp: the same address always gets the same link.
const PURPOSE = "unsubscribe";

function signingKey(): Uint8Array {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set; it signs unsubscribe links");
  return new Uint8Array(createHash("sha256").update(`minuta/${PURPOSE}/v1:${secret}`).digest());
}

const normalize = (email: string) => email.trim().toLowerCase();

export function unsubscribeToken(email: string): Promise<string> {
  return new SignJWT({ email: normalize(email), purpose: PURPOSE })
    .setProtectedHeader({ alg: "HS256" })
    .sign(signingKey());
}

/** The address a token was made for, or null when it is forged, altered or for something else. */
export async function verifyUnsubscribeToken(token: string): Promise<string | null> {
  if (!token || token.length > 2000) return null;
  try {
    const { payload } = await jwtVerify(token, signingKey(), { algorithms: ["HS256"] });
    if (payload.purpose !== PURPOSE || typeof payload.email !== "string") return null;
    return payload.email;
  } catch {
    return null;
  }
}

/** The page a person opens from the email (asks before unsubscribing: link scanners open links too). */
export async function unsubscribePageUrl(email: string, origin?: string | null): Promise<string> {
  return appUrl(`/unsubscribe?token=${encodeURIComponent(await unsubscribeToken(email))}`, origin);
}

/** The `List-Unsubscribe` target: RFC 8058 one-click POST unsubscribes, GET shows the page. */
export async function oneClickUnsubscribeUrl(email: string, origin?: string | null): Promise<string> {
  return appUrl(`/unsubscribe/one-click?token=${encodeURIComponent(await unsubscribeToken(email))}`, origin);
}

export async function unsubscribeEmail(email: string): Promise<void> {
  await getSql()`insert into email_unsubscribes (email) values (${normalize(email)}) on conflict do nothing`;
}

export async function resubscribeEmail(email: string): Promise<void> {
  await getSql()`delete from email_unsubscribes where email = ${normalize(email)}`;
}

/** Unsubscribes the address a valid token names; returns it, or null for a bad token. */
export async function unsubscribeWithToken(token: string): Promise<string | null> {
  const email = await verifyUnsubscribeToken(token);
  if (email) await unsubscribeEmail(email);
  return email;
}

export async function unsubscribedAmong(emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await getSql()<{ email: string }[]>`
    select email from email_unsubscribes where email = any(${emails.map(normalize)})`;
  return new Set(rows.map((row) => row.email));
}

/** What the unsubscribe page shows for a token: its address and whether it already unsubscribed. */
export async function unsubscribeState(
  token: string,
): Promise<{ email: string; unsubscribed: boolean } | null> {
  const email = await verifyUnsubscribeToken(token);
  if (!email) return null;
  return { email, unsubscribed: (await unsubscribedAmong([email])).has(email) };
}
