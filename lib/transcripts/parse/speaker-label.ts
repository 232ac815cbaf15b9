const MAX_LABEL_CHARS = 40;
const MAX_LABEL_WORDS = 4;
const SPEAKER_PREFIX = /^([^:]{1,40}):(?:\s+|$)/;

/**
 * Whether text before a colon (or a time) names a speaker: short, a few words, starting with a
 * letter or digit and containing a letter (so not a time like "10:30"); not the end of a sentence,
 * part of a quotation or a URL scheme.
 */
export function isSpeakerLabel(label: string): boolean {
  const trimmed = label.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= MAX_LABEL_CHARS &&
    trimmed.split(/\s+/).length <= MAX_LABEL_WORDS &&
    /^[\p{L}\p{N}]/u.test(trimmed) &&
    /\p{L}/u.test(trimmed) &&
    !/[.!?…,;]$/.test(trimmed) &&
    !/["“”«»]/.test(trimmed) &&
    !/^(?:https?|ftp|mailto|www)$/i.test(trimmed)
  );
}

/** "Ana García: hola" → speaker and text; null when the line has no speaker prefix. */
export function splitSpeakerPrefix(line: string): { speaker: string; text: string } | null {
  const match = SPEAKER_PREFIX.exec(line);
  if (!match?.[1] || !isSpeakerLabel(match[1])) return null;
  return { speaker: match[1].trim(), text: line.slice(match[0].length) };
}
