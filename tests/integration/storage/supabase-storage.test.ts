import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStorage, storageKind } from "@/lib/storage/get-storage";
import { LocalStorage } from "@/lib/storage/local-storage";
import type { Storage } from "@/lib/storage/storage";
import { SupabaseStorage } from "@/lib/storage/supabase-storage";
import { type FakeSupabaseStorage, startFakeSupabaseStorage } from "@/tests/support/fake-supabase-storage";

let fake: FakeSupabaseStorage;
let storage: SupabaseStorage;
let dir: string;

beforeAll(async () => {
  fake = await startFakeSupabaseStorage();
  storage = new SupabaseStorage({ url: fake.url, serviceRoleKey: fake.serviceKey, bucket: "recordings" });
  dir = await mkdtemp(path.join(tmpdir(), "minuta-supabase-storage-"));
});

afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function read(from: Storage, key: string, range?: { start: number; end: number }) {
  const object = await from.get(key, range);
  if (!object) return null;
  return { size: object.size, bytes: await bytesOf(object.stream) };
}

describe("SupabaseStorage through supabase-js", () => {
  it("creates its bucket private on first use and streams an upload in chunks, not as one buffered body", async () => {
    const content = randomBytes(3 * 1024 * 1024);
    const parts = [
      content.subarray(0, 1_000_000),
      content.subarray(1_000_000, 2_000_000),
      content.subarray(2_000_000),
    ];
    const stored = await storage.put("meetings/a/recording.wav", Readable.from(parts), "audio/wav");

    expect(stored.size).toBe(content.length);
    expect(fake.buckets.get("recordings")?.public).toBe(false);
    const upload = fake.requests.find(
      (r) => r.method === "POST" && r.path.endsWith("/object/recordings/meetings/a/recording.wav"),
    );
    expect(upload?.headers["transfer-encoding"]).toBe("chunked");
    expect(upload?.headers["content-type"]).toBe("audio/wav");
    expect(fake.objects.get("recordings/meetings/a/recording.wav")?.data.equals(content)).toBe(true);
    expect(await storage.size("meetings/a/recording.wav")).toBe(content.length);
  });

  it("reads the whole object or any byte range, always reporting the full size", async () => {
    const content = randomBytes(10_000);
    await storage.put("meetings/b/recording.mp3", Readable.from([content]), "audio/mpeg");

    const whole = await read(storage, "meetings/b/recording.mp3");
    expect(whole?.size).toBe(10_000);
    expect(whole?.bytes.equals(content)).toBe(true);
    for (const range of [
      { start: 0, end: 63 },
      { start: 4_000, end: 4_999 },
      { start: 9_990, end: 9_999 },
    ]) {
      const part = await read(storage, "meetings/b/recording.mp3", range);
      expect(part?.size).toBe(10_000);
      expect(part?.bytes.equals(content.subarray(range.start, range.end + 1))).toBe(true);
    }
    const ranged = fake.requests.filter((r) =>
      r.path.startsWith("/storage/v1/object/authenticated/recordings/meetings/b/"),
    );
    expect(ranged.map((r) => r.headers.range)).toEqual([
      undefined,
      "bytes=0-63",
      "bytes=4000-4999",
      "bytes=9990-9999",
    ]);
  });

  it("answers null for a missing object, deletes objects, and treats deleting a missing one as done", async () => {
    expect(await storage.get("meetings/none/recording.wav")).toBeNull();
    expect(await storage.size("meetings/none/recording.wav")).toBeNull();
    await storage.delete("meetings/none/recording.wav");

    await storage.put("meetings/c/recording.ogg", Readable.from([Buffer.from("OggS....")]), "audio/ogg");
    await storage.delete("meetings/c/recording.ogg");
    expect(fake.objects.has("recordings/meetings/c/recording.ogg")).toBe(false);
    expect(await storage.size("meetings/c/recording.ogg")).toBeNull();
  });

  it("uploads a file with putFile and takes it, as the local storage does", async () => {
    const source = path.join(dir, "upload.wav");
    const content = randomBytes(200_000);
    await writeFile(source, content);
    expect(await storage.putFile("meetings/d/recording.wav", source, "audio/wav")).toEqual({ size: 200_000 });
    expect(existsSync(source)).toBe(false);
    expect((await read(storage, "meetings/d/recording.wav"))?.bytes.equals(content)).toBe(true);
  });

  it("refuses keys that could escape the meeting's folder", async () => {
    await expect(storage.size("meetings/../other")).rejects.toThrow(/unsafe/);
    await expect(storage.get("meetings/a b")).rejects.toThrow(/unsafe/);
  });

  it("reports itself healthy only when the bucket is reachable with its key", async () => {
    expect(await storage.check()).toBe(true);
    const wrongKey = new SupabaseStorage({
      url: fake.url,
      serviceRoleKey: "not-the-key",
      bucket: "recordings",
    });
    expect(await wrongKey.check()).toBe(false);
    const nowhere = new SupabaseStorage({
      url: "http://127.0.0.1:9",
      serviceRoleKey: fake.serviceKey,
      bucket: "x",
    });
    expect(await nowhere.check()).toBe(false);
  });
});

describe("choosing the storage", () => {
  const saved = { ...process.env };
  afterAll(() => {
    for (const name of ["SUPABASE_URL", "SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_STORAGE_BUCKET"]) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it("keeps files locally when the Supabase variables are absent", () => {
    delete process.env.SUPABASE_URL;
    delete process.env.SUPABASE_SERVICE_ROLE_KEY;
    expect(storageKind()).toBe("local");
    expect(getStorage()).toBeInstanceOf(LocalStorage);
    process.env.SUPABASE_URL = fake.url;
    expect(storageKind()).toBe("local");
  });

  it("uses Supabase Storage when URL and service role key are set, in the bucket SUPABASE_STORAGE_BUCKET names", async () => {
    process.env.SUPABASE_URL = fake.url;
    process.env.SUPABASE_SERVICE_ROLE_KEY = fake.serviceKey;
    process.env.SUPABASE_STORAGE_BUCKET = "minuta-files";
    expect(storageKind()).toBe("supabase");
    const chosen = getStorage();
    expect(chosen).toBeInstanceOf(SupabaseStorage);
    expect(getStorage()).toBe(chosen);
    await chosen.put("meetings/e/recording.wav", Readable.from([Buffer.from("RIFF")]), "audio/wav");
    expect(fake.objects.has("minuta-files/meetings/e/recording.wav")).toBe(true);

    delete process.env.SUPABASE_SERVICE_ROLE_KEY;
    expect(getStorage()).toBeInstanceOf(LocalStorage);
  });
});
