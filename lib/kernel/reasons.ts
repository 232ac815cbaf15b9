/**
 * Why a meeting stopped (meetings.error) or why its notes came from the local engine
 * (insights.note): stored as a code with its values, never as a sentence, and put into words only
 * where someone reads it — the page in the reader's language, the API and logs in English.
 * `cause` is a reason inside another (a failed analysis' cause, a fallback's reason). `other`
 * keeps a text Minuta didn't write itself (rows from before codes, an operator's note) as it is.
 */
export const REASON_EN = {
  analysisFailed:
    "The notes could not be written after several attempts.{cause} Use Retry to run the analysis again.",
  llmFallback:
    "The configured model could not write these notes ({reason}), so they come from the built-in local engine. Regenerate to try the model again.",
  unexpectedError: "an unexpected error",
  noSpeech: "No speech was found in this recording.",
  transcriptionFailed: "Transcription failed after several attempts.",
  recordingMissing: "The recording is missing from storage. Please upload it again.",
  recordingEmpty: "The recording is empty (0 bytes).",
  unreadable:
    "This recording could not be read: the file looks damaged, incomplete or is not audio. Please upload it again.",
  noAudioTrack: "This file has no audio track, so there is nothing to transcribe.",
  unsupportedCodec:
    "This recording uses an audio format Minuta cannot decode. Convert it to mp3, m4a or wav and upload it again.",
  zeroLength: "The recording contains no audio (its length is zero).",
  convertTimeout: "Converting the recording took too long.",
  splitFailed: "The recording could not be split for transcription.",
  unreadableAnswer: "The transcription service sent an answer Minuta cannot read.",
  pocketsphinxMissing: "The offline transcriber (pocketsphinx) is not installed.",
  offlineTimeout: "The offline transcriber took too long on this recording.",
  offlineFailed: "The offline transcriber failed on this recording.",
  transcriptionPaused: "The transcription service kept failing, so Minuta paused calls to it.",
  transcriptionTimeout: "The transcription service did not answer in time.",
  transcriptionBusy: "The transcription service is busy (rate limited).",
  transcriptionServiceFailed: "The transcription service failed.",
  transcriptionRefused:
    "The transcription service refused the recording (HTTP {status}). Check the transcription settings.",
  noEngine:
    "No speech-to-text engine is configured. Set OPENAI_API_KEY, or TRANSCRIBE_BASE_URL for a self-hosted OpenAI-compatible server such as faster-whisper, or install pocketsphinx and ffmpeg (English).",
  englishOnly:
    "The built-in offline transcriber only understands English. To transcribe Spanish, configure an OpenAI-compatible speech-to-text server (TRANSCRIBE_BASE_URL) or set OPENAI_API_KEY.",
  modelSchema: "The model's answer did not match the notes schema {count} times.",
  circuitOpen: "{provider} is failing; calls are paused for {seconds} s.",
  modelTimeout: "The model did not answer in time.",
  modelRateLimited: "The model provider is rate limiting requests.",
  modelFailed: "The model provider failed ({status}).",
  modelNetworkError: "The model provider failed (network error).",
  modelRefused: "The model provider refused the request (HTTP {status}).",
  modelCallFailed: "The model call failed.",
  other: "{text}",
} as const;

export type ReasonCode = keyof typeof REASON_EN;
export const REASON_CODES = Object.keys(REASON_EN) as ReasonCode[];

export type Reason = { code: ReasonCode; params?: Record<string, string>; cause?: Reason };

/** One template per code, in one language (lib/i18n's meetingPage.stored). */
export type ReasonTexts = { readonly [code in ReasonCode]: string };

const fillIn = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

/** A reason in words, with `texts` in the reader's language. */
export function renderReason(reason: Reason, texts: ReasonTexts): string {
  const values: Record<string, string> = { ...reason.params };
  if (reason.code === "analysisFailed")
    values.cause = reason.cause ? ` ${renderReason(reason.cause, texts)}` : "";
  if (reason.code === "llmFallback") {
    values.reason = reason.cause ? renderReason(reason.cause, texts).replace(/\.$/, "") : "";
  }
  return fillIn(texts[reason.code] ?? texts.other, values);
}

/** A reason as the API and the logs show it. */
export function englishReason(reason: Reason): string {
  return renderReason(reason, REASON_EN);
}

/** A stored value that isn't a reason (never expected) becomes `other`, shown as it is. */
export function asReason(value: unknown): Reason | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && typeof (value as Reason).code === "string") return value as Reason;
  return { code: "other", params: { text: String(value) } };
}
