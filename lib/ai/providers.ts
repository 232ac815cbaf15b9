import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import OpenAI from "openai";
import { type Env, env, envSchema } from "@/lib/kernel/env";
import { englishReason, type Reason } from "@/lib/kernel/reasons";

/**
 * The one place that picks the notes/chat model and the speech-to-text engine from the environment
 * (DESIGN §3). Everything else asks these functions; nothing else reads these variables.
 */

export type AiProvider = { kind: "llm"; model: LanguageModel; modelId: string } | { kind: "local" };

export type TranscriptionProvider =
  | { kind: "openai"; client: OpenAI; model: string }
  | { kind: "local" }
  | null;

export const DEFAULT_OPENAI_MODEL = "gpt-4.1-mini";
export const DEFAULT_TRANSCRIBE_MODEL = "whisper-1";

/** What an operator must do when `transcriptionProvider()` is null. */
export const TRANSCRIPTION_SETUP_HINT =
  "Set OPENAI_API_KEY, or TRANSCRIBE_BASE_URL for a self-hosted OpenAI-compatible server such as faster-whisper, or install pocketsphinx and ffmpeg (English).";

const providerEnv = envSchema.pick({
  OPENAI_API_KEY: true,
  OPENAI_BASE_URL: true,
  AI_BASE_URL: true,
  AI_MODEL: true,
  TRANSCRIBE_BASE_URL: true,
  TRANSCRIBE_MODEL: true,
});

type Source = Partial<Pick<Env, keyof typeof providerEnv.shape | "PATH">>;

export function aiProvider(source: Source = env()): AiProvider {
  const env = providerEnv.parse(source);
  // Chat completions, not the Responses API: self-hosted compatible servers only speak the former,
  // and one wire format for every deployment is one wire format to test.
  if (env.AI_BASE_URL && env.AI_MODEL) {
    const provider = createOpenAI({ baseURL: env.AI_BASE_URL, apiKey: env.OPENAI_API_KEY ?? "not-needed" });
    return { kind: "llm", model: provider.chat(env.AI_MODEL), modelId: env.AI_MODEL };
  }
  if (env.OPENAI_API_KEY) {
    const modelId = env.AI_MODEL ?? DEFAULT_OPENAI_MODEL;
    const provider = createOpenAI({ baseURL: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY });
    return { kind: "llm", model: provider.chat(modelId), modelId };
  }
  return { kind: "local" };
}

export function transcriptionProvider(source: Source = env()): TranscriptionProvider {
  const env = providerEnv.parse(source);
  if (env.TRANSCRIBE_BASE_URL) {
    const client = new OpenAI({
      baseURL: env.TRANSCRIBE_BASE_URL,
      apiKey: env.OPENAI_API_KEY ?? "not-needed",
    });
    return { kind: "openai", client, model: env.TRANSCRIBE_MODEL ?? DEFAULT_TRANSCRIBE_MODEL };
  }
  if (env.OPENAI_API_KEY) {
    const client = new OpenAI({ baseURL: env.OPENAI_BASE_URL ?? null, apiKey: env.OPENAI_API_KEY });
    return { kind: "openai", client, model: env.TRANSCRIBE_MODEL ?? DEFAULT_TRANSCRIBE_MODEL };
  }
  // The offline engine decodes with pocketsphinx after ffmpeg resamples to 16 kHz mono.
  const local = onPath("pocketsphinx_continuous", source.PATH) && onPath("ffmpeg", source.PATH);
  return local ? { kind: "local" } : null;
}

/** Why `provider` can't transcribe a recording in `language`, as the user should read it; null when it can. */
export function transcriptionGap(
  provider: TranscriptionProvider,
  language: "auto" | "es" | "en",
): string | null {
  const reason = transcriptionGapReason(provider, language);
  return reason && englishReason(reason);
}

/** transcriptionGap as the meeting stores it: a code (lib/kernel/reasons.ts). */
export function transcriptionGapReason(
  provider: TranscriptionProvider,
  language: "auto" | "es" | "en",
): Reason | null {
  if (!provider) return { code: "noEngine" };
  if (provider.kind === "local" && language === "es") return { code: "englishOnly" };
  return null;
}

/** Whether `command` is an executable file in one of PATH's folders. */
export function onPath(command: string, searchPath = env().PATH ?? ""): boolean {
  return searchPath.split(path.delimiter).some((dir) => dir !== "" && existsSync(path.join(dir, command)));
}
