import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/kernel/env";

// A webhook's signing secret must be readable by the sender, so it can't be hashed like an API
// key; it is encrypted at rest so a copy of the database alone doesn't let anyone forge deliveries.

const PREFIX = "whsec_";
const FORMAT = "v1";

export function generateWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString("base64")}`;
}

/** The HMAC key: the base64 part after `whsec_` (Standard Webhooks). */
export function signingKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");
}

function encryptionKey(): Buffer {
  const authSecret = env().AUTH_SECRET;
  if (!authSecret) throw new Error("AUTH_SECRET is not set; it is needed to encrypt webhook secrets.");
  return Buffer.from(hkdfSync("sha256", authSecret, "minuta", "webhook signing secret", 32));
}

export function encryptSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptSecret(stored: string): string {
  const [format, iv, tag, sealed] = stored.split(".");
  if (format !== FORMAT || !iv || !tag || !sealed) throw new Error("Unknown webhook secret format.");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}
