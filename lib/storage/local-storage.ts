import { createReadStream, createWriteStream } from "node:fs";
import { access, copyFile, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ByteRange, Storage, StoredObject } from "./storage";

const SAFE_KEY = /^[a-zA-Z0-9/_.-]+$/;

export class LocalStorage implements Storage {
  constructor(private readonly root: string) {}

  private pathFor(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error(`unsafe storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const target = this.pathFor(key);
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    await pipeline(body, createWriteStream(partial));
    await rename(partial, target);
    return { size: (await stat(target)).size };
  }

  async putFile(key: string, source: string): Promise<{ size: number }> {
    const target = this.pathFor(key);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(source, target);
    } catch {
      await copyFile(source, target);
      await rm(source, { force: true });
    }
    return { size: (await stat(target)).size };
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
      await mkdir(this.root, { recursive: true });
      await access(this.root);
      return true;
    } catch {
      return false;
    }
  }
}
