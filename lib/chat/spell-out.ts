// Spoken contractions written out, as in written notes ("we're" → "we are"). Only unambiguous
// forms: "'s" is expanded only after pronouns, where it can't be a possessive.
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(can)['’]t\b/gi, "$1not"],
  [/\bwon['’]t\b/gi, "will not"],
  [/\bshan['’]t\b/gi, "shall not"],
  [/\b(\w+)n['’]t\b/gi, "$1 not"],
  [/\b(\w+)['’]re\b/gi, "$1 are"],
  [/\b(\w+)['’]ve\b/gi, "$1 have"],
  [/\b(\w+)['’]ll\b/gi, "$1 will"],
  [/\b(i|you|he|she|we|they|it|that|there|who)['’]d\b/gi, "$1 would"],
  [/\bi['’]m\b/gi, "I am"],
  [/\blet['’]s\b/gi, "let us"],
  [/\b(it|that|there|here|what|where|who|he|she|this)['’]s\b/gi, "$1 is"],
];

/** English contractions written out; other text unchanged. */
export function spellOut(text: string): string {
  let out = text;
  for (const [pattern, replacement] of CONTRACTIONS) {
    out = out.replace(pattern, (...match: string[]) => {
      const whole = match[0] as string;
      const written = replacement.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? "");
      // "Won't" → "Will not": a capital at the start stays a capital.
      return /^\p{Lu}/u.test(whole) ? written.charAt(0).toUpperCase() + written.slice(1) : written;
    });
  }
  return out;
}
