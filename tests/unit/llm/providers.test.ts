import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  aiProvider,
  TRANSCRIPTION_SETUP_HINT,
  transcriptionGap,
  transcriptionProvider,
} from "@/lib/ai/providers";

const noPocketsphinx = { PATH: "/nonexistent" };

describe("choosing the notes/chat model from the environment", () => {
  test("nothing set → the local engine", () => {
    expect(aiProvider({})).toEqual({ kind: "local" });
  });

  test("AI_BASE_URL + AI_MODEL → that OpenAI-compatible server over chat completions", () => {
    const provider = aiProvider({ AI_BASE_URL: "http://127.0.0.1:11434/v1", AI_MODEL: "llama3.1:8b" });
    expect(provider).toMatchObject({ kind: "llm", modelId: "llama3.1:8b" });
    expect(provider.kind === "llm" && typeof provider.model === "object" && provider.model.provider).toBe(
      "openai.chat",
    );
  });

  test("AI_BASE_URL without AI_MODEL is not enough", () => {
    expect(aiProvider({ AI_BASE_URL: "http://127.0.0.1:11434/v1" })).toEqual({ kind: "local" });
  });

  test("OPENAI_API_KEY → OpenAI with the default model, or AI_MODEL", () => {
    expect(aiProvider({ OPENAI_API_KEY: "sk-x" })).toMatchObject({ kind: "llm", modelId: "gpt-4.1-mini" });
    expect(aiProvider({ OPENAI_API_KEY: "sk-x", AI_MODEL: "gpt-4.1" })).toMatchObject({ modelId: "gpt-4.1" });
  });
});

describe("choosing the speech-to-text engine from the environment", () => {
  test("TRANSCRIBE_BASE_URL → the openai SDK at that server, whisper-1 unless TRANSCRIBE_MODEL", () => {
    const provider = transcriptionProvider({
      ...noPocketsphinx,
      TRANSCRIBE_BASE_URL: "http://stt.local:8000/v1",
    });
    expect(provider).toMatchObject({ kind: "openai", model: "whisper-1" });
    expect(provider?.kind === "openai" && provider.client.baseURL).toBe("http://stt.local:8000/v1");
    expect(
      transcriptionProvider({
        TRANSCRIBE_BASE_URL: "http://stt.local:8000/v1",
        TRANSCRIBE_MODEL: "large-v3",
      }),
    ).toMatchObject({ model: "large-v3" });
  });

  test("OPENAI_API_KEY → OpenAI, honouring OPENAI_BASE_URL", () => {
    const provider = transcriptionProvider({
      OPENAI_API_KEY: "sk-x",
      OPENAI_BASE_URL: "http://proxy.local/v1",
    });
    expect(provider?.kind === "openai" && provider.client.baseURL).toBe("http://proxy.local/v1");
  });

  test("pocketsphinx on PATH → local; nothing → null, with the hint an operator needs", () => {
    expect(transcriptionProvider({ PATH: "/usr/bin" })).toEqual({ kind: "local" });
    expect(transcriptionProvider(noPocketsphinx)).toBeNull();
    expect(transcriptionGap(null, "en")).toContain(TRANSCRIPTION_SETUP_HINT);
  });

  test("the offline engine needs ffmpeg too, and can't take Spanish", () => {
    const ffmpegless = mkdtempSync(path.join(tmpdir(), "minuta-path-"));
    symlinkSync("/usr/bin/pocketsphinx_continuous", path.join(ffmpegless, "pocketsphinx_continuous"));
    expect(transcriptionProvider({ PATH: ffmpegless })).toBeNull();
    rmSync(ffmpegless, { recursive: true });
    expect(transcriptionGap({ kind: "local" }, "es")).toMatch(
      /only understands English.*TRANSCRIBE_BASE_URL/,
    );
    expect(transcriptionGap({ kind: "local" }, "auto")).toBeNull();
    expect(TRANSCRIPTION_SETUP_HINT).toBe(
      "Set OPENAI_API_KEY, or TRANSCRIBE_BASE_URL for a self-hosted OpenAI-compatible server such as faster-whisper, or install pocketsphinx and ffmpeg (English).",
    );
  });
});
