import { splitSpeakerPrefix } from "./speaker-label";

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]*)>/;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]+));/g;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  nbsp: "\u00a0",
  lrm: "\u200e",
  rlm: "\u200f",
  quot: '"',
  apos: "'",
};

function fromCodePoint(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : "\ufffd";
}

/** Decodes the character references WebVTT allows; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name ?? ""] ?? whole;
  });
}

/**
 * A cue's speaker and plain text: the first `<v Speaker>` voice, else a Zoom-style "Name: text"
 * prefix; every tag is stripped before entities are decoded, so "&lt;b&gt;" stays as text.
 */
export function readVttCueText(raw: string): { speaker?: string; text: string } {
  const voice = VOICE.exec(raw)?.[1]?.trim();
  const text = decodeEntities(raw.replace(TAG, ""));
  if (voice) return { speaker: decodeEntities(voice), text };
  return splitSpeakerPrefix(text.trim()) ?? { text };
}
