import { createHmac, timingSafeEqual } from "node:crypto";

// A receiver's check of a Standard Webhooks delivery, written from the specification
// (https://www.standardwebhooks.com, "Verifying webhooks") and sharing no code with Minuta's
// sender: the secret is `whsec_` + base64 key; the signed content is `${id}.${timestamp}.${body}`;
// `webhook-signature` is a space-separated list of `v1,<base64 HMAC-SHA256>`; the timestamp is
// in seconds and must be within a tolerance of now (5 minutes) to stop replays.

const TOLERANCE_SECONDS = 5 * 60;

export class WebhookVerificationError extends Error {}

function header(headers: Record<string, string | string[] | undefined>, name: string): string {
  const value = headers[name];
  if (typeof value !== "string" || value === "") throw new WebhookVerificationError(`missing ${name} header`);
  return value;
}

export function verifyStandardWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  now: Date = new Date(),
): unknown {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");

  if (!/^\d+$/.test(timestamp)) throw new WebhookVerificationError("timestamp is not an integer");
  const drift = Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp));
  if (drift > TOLERANCE_SECONDS) throw new WebhookVerificationError("timestamp outside the tolerance");

  if (!secret.startsWith("whsec_")) throw new WebhookVerificationError("secret lacks the whsec_ prefix");
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();

  const matches = signatures.split(" ").some((entry) => {
    const [version, signature] = entry.split(",", 2);
    if (version !== "v1" || !signature) return false;
    const given = Buffer.from(signature, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookVerificationError("no matching signature");
  return JSON.parse(body);
}
