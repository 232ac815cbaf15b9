import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { type EmailRow, emails } from "@/lib/db/schema";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function isLoopbackAddress(address: string): boolean {
  const value = address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:/, "");
  return value === "::1" || value === "localhost" || /^127(\.\d{1,3}){3}$/.test(value);
}

function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(0, value.indexOf("]") + 1);
  return value.split(":")[0] ?? "";
}

/**
 * Whether a request comes from this machine: addressed to a loopback host and, through every proxy
 * that reported it (Next.js itself reports the socket's address in x-forwarded-for), from a loopback
 * address. A page can't see the socket and a client can send these headers itself, so the real
 * guard is that `npm run dev` listens on 127.0.0.1 only; the dev inbox is also off in production.
 */
export function isLocalRequest(headers: Headers): boolean {
  const hosts = [headers.get("host") ?? "", headers.get("x-forwarded-host") ?? headers.get("host") ?? ""];
  if (!hosts.every((host) => LOOPBACK_HOSTS.has(hostName(host)))) return false;
  const hops = [...(headers.get("x-forwarded-for") ?? "").split(","), headers.get("x-real-ip") ?? ""].filter(
    (hop) => hop.trim(),
  );
  if (hops.length === 0) return false;
  return hops.every(isLoopbackAddress);
}

export function devInboxAllowed(headers: Headers): boolean {
  return process.env.NODE_ENV !== "production" && isLocalRequest(headers);
}

export type OutboxSummary = Omit<EmailRow, "html" | "text">;

/** The newest outbox emails, for the dev inbox. */
export async function listOutbox(limit = 200): Promise<OutboxSummary[]> {
  return getDb()
    .select({
      id: emails.id,
      ownerId: emails.ownerId,
      meetingId: emails.meetingId,
      to: emails.to,
      subject: emails.subject,
      template: emails.template,
      locale: emails.locale,
      unsubscribeUrl: emails.unsubscribeUrl,
      status: emails.status,
      provider: emails.provider,
      providerId: emails.providerId,
      attempts: emails.attempts,
      lastError: emails.lastError,
      idempotencyKey: emails.idempotencyKey,
      createdAt: emails.createdAt,
      updatedAt: emails.updatedAt,
      sentAt: emails.sentAt,
    })
    .from(emails)
    .orderBy(desc(emails.createdAt))
    .limit(limit);
}

export async function getOutboxEmail(id: string): Promise<EmailRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await getDb().select().from(emails).where(eq(emails.id, id)).limit(1);
  return row ?? null;
}

/** The email's HTML for an iframe's srcdoc: links open outside the (script-less) sandbox. */
export function inboxDocument(html: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : `${base}${html}`;
}
