import { parseClock } from "./parse-timestamp";
import { isSpeakerLabel, splitSpeakerPrefix } from "./speaker-label";

/** What one trimmed line of a text transcript is. */
export type TxtLine =
  | { kind: "blank" }
  | { kind: "clock"; startMs: number }
  | { kind: "header"; speaker: string; startMs: number }
  | { kind: "segment"; speaker?: string; text: string; startMs?: number; endMs?: number }
  | { kind: "plain"; text: string };

const CLOCK = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
// [00:01:02] Ana: text · (00:01:02) text · [00:01 - 00:05] Ana: text
const BRACKETED_CLOCK_FIRST = new RegExp(
  String.raw`^[[(](${CLOCK})(?:\s*[-–]\s*(${CLOCK}))?[\])]\s*(.*)$`,
  "s",
);
// 00:01:02 Ana: text (a bare clock only counts before a speaker: "10:30 is fine" is a sentence)
const BARE_CLOCK_FIRST = new RegExp(String.raw`^(${CLOCK})\s+(.+)$`, "s");
// Ana (00:01:02): text · Ana [00:01:02] (alone on its line, a block header)
const SPEAKER_THEN_CLOCK = new RegExp(
  String.raw`^([^[\]():]{1,40}?)\s*[[(](${CLOCK})[\])]\s*(?::\s*(.*))?$`,
  "s",
);
// Otter and Teams: "Ana García  0:03" with the text on the following lines
const BLOCK_HEADER = new RegExp(String.raw`^([^:]{1,40}?)\s+(${CLOCK})$`);
const CLOCK_ONLY = new RegExp(String.raw`^[[(]?(${CLOCK})[\])]?$`);

// Name particles that stay lowercase in a capitalised name ("María de la Cruz").
const PARTICLES = new Set("de del la las los y da das do dos van von der di du le".split(" "));

/** Stricter than a "Name:" label, since "Nos vemos a las 10:30" must stay a sentence. */
function looksLikeName(label: string): boolean {
  return label
    .trim()
    .split(/\s+/)
    .every((word) => /^[\p{Lu}\p{Nd}]/u.test(word) || PARTICLES.has(word));
}

function withSpeaker(rest: string, startMs: number, endMs?: number): TxtLine {
  const prefixed = splitSpeakerPrefix(rest);
  return prefixed
    ? { kind: "segment", ...prefixed, startMs, endMs }
    : { kind: "segment", text: rest, startMs, endMs };
}

export function classifyTxtLine(line: string): TxtLine {
  if (line === "") return { kind: "blank" };

  const bracketed = BRACKETED_CLOCK_FIRST.exec(line);
  const bracketedStart = parseClock(bracketed?.[1] ?? "");
  if (bracketed && bracketedStart !== null) {
    const endMs = bracketed[2] === undefined ? undefined : (parseClock(bracketed[2]) ?? undefined);
    const rest = bracketed[3] ?? "";
    return rest ? withSpeaker(rest, bracketedStart, endMs) : { kind: "clock", startMs: bracketedStart };
  }

  const speakerThenClock = SPEAKER_THEN_CLOCK.exec(line);
  const speakerClock = parseClock(speakerThenClock?.[2] ?? "");
  if (speakerThenClock?.[1] && speakerClock !== null && isSpeakerLabel(speakerThenClock[1])) {
    const speaker = speakerThenClock[1].trim();
    const text = speakerThenClock[3] ?? "";
    return text
      ? { kind: "segment", speaker, text, startMs: speakerClock }
      : { kind: "header", speaker, startMs: speakerClock };
  }

  const bare = BARE_CLOCK_FIRST.exec(line);
  const bareStart = parseClock(bare?.[1] ?? "");
  const barePrefixed = bare?.[2] ? splitSpeakerPrefix(bare[2]) : null;
  if (bareStart !== null && barePrefixed) return { kind: "segment", ...barePrefixed, startMs: bareStart };

  const clockOnly = parseClock(CLOCK_ONLY.exec(line)?.[1] ?? "");
  if (clockOnly !== null) return { kind: "clock", startMs: clockOnly };

  const header = BLOCK_HEADER.exec(line);
  const headerStart = parseClock(header?.[2] ?? "");
  if (header?.[1] && headerStart !== null && isSpeakerLabel(header[1]) && looksLikeName(header[1])) {
    return { kind: "header", speaker: header[1].trim(), startMs: headerStart };
  }

  const prefixed = splitSpeakerPrefix(line);
  return prefixed ? { kind: "segment", ...prefixed } : { kind: "plain", text: line };
}
