import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/kernel/env";

// AES-256-GCM with a key derived from AUTH_SECRET per purpose, so text kept in the database (a
// remembered response that holds a secret shown once) is unreadable from a copy of the database.

const FORMAT = "v1";

function keyFor(purpose: string): Buffer {
  const authSecret = env().AUTH_SECRET;
  if (!authSecret) throw new Error("AUTH_SECRET is not set; it is needed to encrypt data at rest.");
  return Buffer.from(hkdfSync("sha256", authSecret, "minuta", purpose, 32));
}

export function canSeal(): boolean {
  return Boolean(env().AUTH_SECRET);
}

export function sealText(text: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const sealed = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The text sealed with the same purpose and AUTH_SECRET; throws when either differs or it was altered. */
export function openSealedText(stored: string, purpose: string): string {
  const [format, iv, tag, sealed] = stored.split(".");
  if (format !== FORMAT || !iv || !tag || sealed === undefined)
    throw new Error("Unknown sealed text format.");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}
