import type { Readable } from "node:stream";

export type StoredObject = { size: number; stream: Readable };
export type ByteRange = { start: number; end: number }; // inclusive, as in HTTP Range

/** Where recordings live: a local folder by default, Supabase Storage in production. */
export interface Storage {
  put(key: string, body: Readable, contentType: string): Promise<{ size: number }>;
  putFile(key: string, path: string, contentType: string): Promise<{ size: number }>;
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  size(key: string): Promise<number | null>;
  delete(key: string): Promise<void>;
  check(): Promise<boolean>;
}
