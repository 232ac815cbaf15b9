import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type StoredTexts = Messages["meetingPage"]["stored"];
type StoredKey = keyof StoredTexts;

/**
 * A stored English sentence recognised: its key, its values, and for the two sentences that wrap
 * another one (a failure's cause, a fallback's reason) the wrapped sentence, itself recognisable.
 */
type ReadMessage = {
  key: StoredKey;
  params?: Record<string, string>;
  inner?: { name: "cause" | "reason"; message: string };
};

const exact = (key: StoredKey, english: string): [RegExp, (match: RegExpExecArray) => ReadMessage] => [
  new RegExp(`^${english.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
  () => ({ key }),
];

// The sentences lib/jobs, lib/transcription, lib/ai and lib/insights store on meetings and notes,
// as they write them today; anything else is shown as stored.
const RULES: [RegExp, (match: RegExpExecArray) => ReadMessage][] = [
  [
    /^The notes could not be written after several attempts\.(?: (.+?))? Use Retry to run the analysis again\.$/s,
    (match) => ({ key: "analysisFailed", inner: { name: "cause", message: match[1] ?? "" } }),
  ],
  [
    /^The configured model could not write these notes \((.+)\), so they come from the built-in local engine\. Regenerate to try the model again\.$/s,
    (match) => ({ key: "llmFallback", inner: { name: "reason", message: match[1] ?? "" } }),
  ],
  [
    /^The transcription service refused the recording \(HTTP (\d+)\)\. Check the transcription settings\.$/,
    (match) => ({ key: "transcriptionRefused", params: { status: match[1] ?? "" } }),
  ],
  [/^No speech-to-text engine is configured\. /, () => ({ key: "noEngine" })],
  [/^The built-in offline transcriber only understands English\./, () => ({ key: "englishOnly" })],
  [
    /^The model's answer did not match the notes schema (\d+) times\.?$/,
    (match) => ({ key: "modelSchema", params: { count: match[1] ?? "" } }),
  ],
  [
    /^(.{1,80}) is failing; calls are paused for (\d+) s\.?$/,
    (match) => ({ key: "circuitOpen", params: { provider: match[1] ?? "", seconds: match[2] ?? "" } }),
  ],
  [/^The model provider failed \(network error\)\.?$/, () => ({ key: "modelNetworkError" })],
  [
    /^The model provider failed \((\d{3})\)\.?$/,
    (match) => ({ key: "modelFailed", params: { status: match[1] ?? "" } }),
  ],
  [
    /^The model provider refused the request \(HTTP (\d{3})\)\.?$/,
    (match) => ({ key: "modelRefused", params: { status: match[1] ?? "" } }),
  ],
  [/^an unexpected error$/, () => ({ key: "unexpectedError" })],
  exact("noSpeech", "No speech was found in this recording."),
  exact("transcriptionFailed", "Transcription failed after several attempts."),
  exact("recordingMissing", "The recording is missing from storage. Please upload it again."),
  exact("recordingEmpty", "The recording is empty (0 bytes)."),
  exact(
    "unreadable",
    "This recording could not be read: the file looks damaged, incomplete or is not audio. Please upload it again.",
  ),
  exact("noAudioTrack", "This file has no audio track, so there is nothing to transcribe."),
  exact(
    "unsupportedCodec",
    "This recording uses an audio format Minuta cannot decode. Convert it to mp3, m4a or wav and upload it again.",
  ),
  exact("zeroLength", "The recording contains no audio (its length is zero)."),
  exact("convertTimeout", "Converting the recording took too long."),
  exact("splitFailed", "The recording could not be split for transcription."),
  exact("unreadableAnswer", "The transcription service sent an answer Minuta cannot read."),
  exact("pocketsphinxMissing", "The offline transcriber (pocketsphinx) is not installed."),
  exact("offlineTimeout", "The offline transcriber took too long on this recording."),
  exact("offlineFailed", "The offline transcriber failed on this recording."),
  exact("transcriptionPaused", "The transcription service kept failing, so Minuta paused calls to it."),
  exact("transcriptionTimeout", "The transcription service did not answer in time."),
  exact("transcriptionBusy", "The transcription service is busy (rate limited)."),
  exact("transcriptionServiceFailed", "The transcription service failed."),
  exact("modelTimeout", "The model did not answer in time."),
  exact("modelRateLimited", "The model provider is rate limiting requests."),
  exact("modelCallFailed", "The model call failed."),
];

function read(message: string): ReadMessage | null {
  for (const [pattern, toMessage] of RULES) {
    const match = pattern.exec(message);
    if (match) return toMessage(match);
  }
  // A fallback's reason is stored without its final period.
  return message.endsWith(".") ? null : read(`${message}.`);
}

/**
 * A reason or note the server stored in English (meetings.error, insights.note), in the reader's
 * language when it is one Minuta writes; an unknown one is shown as stored.
 */
export function localizeStoredMessage(message: string, texts: StoredTexts): string {
  const found = read(message.trim());
  if (!found) return message;
  const params = { ...found.params };
  if (found.inner?.name === "cause") {
    params.cause = found.inner.message ? ` ${localizeStoredMessage(found.inner.message, texts)}` : "";
  }
  if (found.inner?.name === "reason") {
    params.reason = localizeStoredMessage(found.inner.message, texts).replace(/\.$/, "");
  }
  return fill(texts[found.key], params);
}
