import "server-only";
import { createReadStream, createWriteStream } from "node:fs";
import { access, chmod, copyFile, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ByteRange, Storage, StoredObject } from "./storage";

const SAFE_KEY = /^[a-zA-Z0-9/_.-]+$/;
// Recordings are private to their owner: no other account on the machine may read them.
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

export class LocalStorage implements Storage {
  constructor(private readonly root: string) {}

  private pathFor(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error(`unsafe storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const target = this.pathFor(key);
    await this.makeDirFor(target);
    const partial = `${target}.partial`;
    await pipeline(body, createWriteStream(partial, { mode: FILE_MODE }));
    await rename(partial, target);
    return { size: (await stat(target)).size };
  }

  async putFile(key: string, source: string): Promise<{ size: number }> {
    const target = this.pathFor(key);
    await this.makeDirFor(target);
    try {
      await rename(source, target);
    } catch {
      await copyFile(source, target);
      await rm(source, { force: true });
    }
    // A renamed file keeps the mode it was written with (a temporary upload's, often 0644).
    await chmod(target, FILE_MODE);
    return { size: (await stat(target)).size };
  }

  /** Creates the key's folders private, and narrows ones an older version created readable by all. */
  private async makeDirFor(target: string): Promise<void> {
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true, mode: DIR_MODE });
    for (let current = dir; current.startsWith(this.root); current = path.dirname(current)) {
      await chmod(current, DIR_MODE);
      if (current === this.root) break;
    }
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const file = this.pathFor(key);
    const size = await this.size(key);
    if (size === null) return null;
    return { size, stream: createReadStream(file, range ? { start: range.start, end: range.end } : {}) };
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.pathFor(key))).size;
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }

  async check(): Promise<boolean> {
    try {
      await mkdir(this.root, { recursive: true, mode: DIR_MODE });
      await access(this.root);
      return true;
    } catch {
      return false;
    }
  }
}
