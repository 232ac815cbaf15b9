import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * Test recordings made with real tools: espeak-ng speaks, ffmpeg re-encodes into each container
 * Minuta accepts, and a few helpers make the broken files users upload.
 */

const run = promisify(execFile);

export type AudioFormat = "wav" | "mp3" | "m4a" | "ogg" | "webm" | "mp4";

const ENCODERS: Record<AudioFormat, string[]> = {
  wav: ["-c:a", "pcm_s16le"],
  mp3: ["-c:a", "libmp3lame", "-b:a", "64k"],
  m4a: ["-c:a", "aac", "-b:a", "64k"],
  ogg: ["-c:a", "libvorbis"],
  webm: ["-c:a", "libopus", "-b:a", "48k"],
  // A real screen recording: a video track first, the audio second.
  mp4: [
    "-f",
    "lavfi",
    "-i",
    "color=c=black:s=64x64:r=5",
    "-map",
    "1:v",
    "-map",
    "0:a",
    "-shortest",
    "-c:v",
    "mpeg4",
    "-c:a",
    "aac",
  ],
};

export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "minuta-test-audio-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** English speech as a WAV. The "en-us+f2" voice at 140 wpm is the one pocketsphinx follows best. */
export async function speak(
  dir: string,
  name: string,
  text: string,
  options: { voice?: string } = {},
): Promise<string> {
  const out = path.join(dir, `${name}.wav`);
  await run("espeak-ng", ["-v", options.voice ?? "en-us+f2", "-s", "140", "-w", out, text]);
  return out;
}

/** Phrases spoken one after another with `pauseSeconds` of silence between them. */
export async function speakWithPauses(dir: string, name: string, phrases: string[], pauseSeconds: number) {
  const parts = [];
  for (const [index, phrase] of phrases.entries()) parts.push(await speak(dir, `${name}-${index}`, phrase));
  const out = path.join(dir, `${name}.wav`);
  const inputs = parts.flatMap((part) => ["-i", part]);
  const filter = `${parts.map((_, index) => `[${index}:a]apad=pad_dur=${pauseSeconds}[p${index}]`).join(";")};${parts
    .map((_, index) => `[p${index}]`)
    .join("")}concat=n=${parts.length}:v=0:a=1[out]`;
  await run("ffmpeg", ["-v", "error", "-y", ...inputs, "-filter_complex", filter, "-map", "[out]", out]);
  return out;
}

export async function encode(
  input: string,
  format: AudioFormat,
  outName = `encoded.${format}`,
): Promise<string> {
  const out = path.join(path.dirname(input), outName);
  const encoder = ENCODERS[format];
  await run("ffmpeg", ["-v", "error", "-y", "-i", input, ...encoder, out]);
  return out;
}

/** A tone of `seconds` (not speech), for tests that only need audio of a given length. */
export async function tone(dir: string, name: string, seconds: number): Promise<string> {
  const out = path.join(dir, name);
  await run("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `sine=frequency=440:duration=${seconds}`,
    out,
  ]);
  return out;
}

/** The first `keepBytes` of a file, like an upload cut off half way. */
export async function truncate(input: string, keepBytes: number, outName: string): Promise<string> {
  const out = path.join(path.dirname(input), outName);
  await writeFile(out, (await readFile(input)).subarray(0, keepBytes));
  return out;
}

export async function emptyFile(dir: string, name: string): Promise<string> {
  const out = path.join(dir, name);
  await writeFile(out, "");
  return out;
}

/** A text file wearing an audio file's name. */
export async function renamedTextFile(dir: string, name: string): Promise<string> {
  const out = path.join(dir, name);
  await writeFile(out, "Minutes of the meeting\nAna: hello\nBen: hi there\n".repeat(50));
  return out;
}

/** A WAV whose audio uses a codec tag nobody can decode (0x5A5A). */
export async function unknownCodecWav(dir: string, name: string): Promise<string> {
  const data = Buffer.alloc(64_000, 7);
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(0x5a5a, 0); // format tag
  fmt.writeUInt16LE(1, 2); // channels
  fmt.writeUInt32LE(16_000, 4); // sample rate
  fmt.writeUInt32LE(32_000, 8); // byte rate
  fmt.writeUInt16LE(2, 12); // block align
  fmt.writeUInt16LE(16, 14); // bits per sample
  const chunk = (id: string, body: Buffer) => {
    const header = Buffer.alloc(8);
    header.write(id, 0, "ascii");
    header.writeUInt32LE(body.length, 4);
    return Buffer.concat([header, body]);
  };
  const riffBody = Buffer.concat([Buffer.from("WAVE"), chunk("fmt ", fmt), chunk("data", data)]);
  const out = path.join(dir, name);
  await writeFile(out, chunk("RIFF", riffBody));
  return out;
}
