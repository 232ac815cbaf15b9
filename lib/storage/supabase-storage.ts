import "server-only";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { createClient, StorageApiError, type SupabaseClient } from "@supabase/supabase-js";
import type { ByteRange, Storage, StoredObject } from "./storage";

export type SupabaseStorageConfig = { url: string; serviceRoleKey: string; bucket: string };
export type SignedUpload = { url: string; token: string; expiresAt: Date };

const SAFE_KEY = /^[a-zA-Z0-9/_.-]+$/;
// Supabase's default lifetime of a signed upload URL, used when the token doesn't say.
const SIGNED_UPLOAD_SECONDS = 2 * 60 * 60;

// Supabase Storage has answered a missing object both as a 404 and as a 400 whose body says 404.
function isNotFound(error: unknown): boolean {
  return (
    error instanceof StorageApiError &&
    (error.status === 404 || error.statusCode === "404" || error.code === "NoSuchKey")
  );
}

function tokenExpiry(token: string): Date {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
    if (typeof payload.exp === "number") return new Date(payload.exp * 1000);
  } catch {
    // Not a JWT we can read: fall back to the documented lifetime.
  }
  return new Date(Date.now() + SIGNED_UPLOAD_SECONDS * 1000);
}

/**
 * Recordings in a private Supabase Storage bucket, reached with the service role key. Bytes stream
 * both ways (uploads are sent chunked, reads are ranged), so a 2 GB file never sits in memory.
 */
export class SupabaseStorage implements Storage {
  private readonly client: SupabaseClient;
  private readonly storageUrl: string;
  private bucketReady: Promise<void> | undefined;

  constructor(private readonly config: SupabaseStorageConfig) {
    this.client = createClient(config.url, config.serviceRoleKey, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
    this.storageUrl = new URL("storage/v1", config.url.endsWith("/") ? config.url : `${config.url}/`).href;
  }

  private files() {
    return this.client.storage.from(this.config.bucket);
  }

  private checkKey(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error(`unsafe storage key: ${key}`);
    return key;
  }

  /** Creates the private bucket the first time it is needed; a failure is retried on the next call. */
  private ensureBucket(): Promise<void> {
    this.bucketReady ??= (async () => {
      const storage = this.client.storage;
      const found = await storage.getBucket(this.config.bucket);
      if (!found.error) return;
      const created = await storage.createBucket(this.config.bucket, { public: false });
      // Another instance may have created it in between.
      if (
        created.error &&
        !(created.error instanceof StorageApiError && created.error.statusCode === "409")
      ) {
        throw created.error;
      }
    })().catch((error: unknown) => {
      this.bucketReady = undefined;
      throw error;
    });
    return this.bucketReady;
  }

  async put(key: string, body: Readable, contentType: string): Promise<{ size: number }> {
    this.checkKey(key);
    await this.ensureBucket();
    let size = 0;
    const counted = Readable.from(
      (async function* () {
        for await (const chunk of body) {
          size += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      })(),
    );
    const { error } = await this.files().upload(key, counted, { contentType, upsert: true, duplex: "half" });
    if (error) throw error;
    return { size };
  }

  async putFile(key: string, path: string, contentType: string): Promise<{ size: number }> {
    const stored = await this.put(key, createReadStream(path), contentType);
    // Like the local storage, which moves the file: the source is taken.
    await rm(path, { force: true });
    return stored;
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    this.checkKey(key);
    const headers: Record<string, string> = {
      apikey: this.config.serviceRoleKey,
      authorization: `Bearer ${this.config.serviceRoleKey}`,
    };
    if (range) headers.range = `bytes=${range.start}-${range.end}`;
    // supabase-js's download() buffers the whole object and can't send a Range; the REST endpoint can.
    const response = await fetch(`${this.storageUrl}/object/authenticated/${this.config.bucket}/${key}`, {
      headers,
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { statusCode?: string; code?: string };
      if (response.status === 404 || body.statusCode === "404" || body.code === "NoSuchKey") return null;
      throw new Error(`Supabase Storage answered ${response.status} reading ${key}`);
    }
    if (range && response.status !== 206) {
      await response.body?.cancel();
      throw new Error(`Supabase Storage ignored the byte range reading ${key}`);
    }
    const total = range
      ? Number(response.headers.get("content-range")?.split("/")[1])
      : Number(response.headers.get("content-length"));
    if (!Number.isFinite(total) || !response.body)
      throw new Error(`Supabase Storage sent no size for ${key}`);
    return { size: total, stream: Readable.fromWeb(response.body as unknown as WebReadableStream) };
  }

  async size(key: string): Promise<number | null> {
    this.checkKey(key);
    const { data, error } = await this.files().info(key);
    if (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
    return data.size ?? null;
  }

  async delete(key: string): Promise<void> {
    this.checkKey(key);
    const { error } = await this.files().remove([key]);
    if (error && !isNotFound(error)) throw error;
  }

  /** A URL the browser can send one file to, without the bytes passing through this server. */
  async createSignedUpload(key: string): Promise<SignedUpload> {
    this.checkKey(key);
    await this.ensureBucket();
    const { data, error } = await this.files().createSignedUploadUrl(key);
    if (error) throw error;
    return { url: data.signedUrl, token: data.token, expiresAt: tokenExpiry(data.token) };
  }

  async check(): Promise<boolean> {
    try {
      await this.ensureBucket();
      const { error } = await this.client.storage.getBucket(this.config.bucket);
      return !error;
    } catch {
      return false;
    }
  }
}
