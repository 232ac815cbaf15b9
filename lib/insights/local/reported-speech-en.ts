import { lowerFirst } from "@/lib/kernel/text/lower-first";

// Turns one English sentence a speaker said into a summary sentence about them: the first "I"
// becomes their name ("I'll finalize the screens" → "Priya will finalize the screens"), later
// ones "they"; a sentence without "I" is reported ("Tom said they run sixty dispatchers").

const WORD = /[A-Za-z]+(?:'[A-Za-z]+)*/g;
const SINGULAR = new Set(["i", "i'm", "i'll", "i've", "i'd", "me", "my", "mine", "myself"]);
const AS_NAME: Record<string, (name: string) => string> = {
  i: (name) => name,
  "i'm": (name) => `${name} is`,
  "i'll": (name) => `${name} will`,
  "i've": (name) => `${name} has`,
  "i'd": (name) => `${name} would`,
  me: (name) => name,
  my: (name) => possessive(name),
  mine: (name) => possessive(name),
  myself: (name) => name,
};
const AS_THEY: Record<string, string> = {
  i: "they",
  "i'm": "they're",
  "i'll": "they'll",
  "i've": "they've",
  "i'd": "they'd",
  me: "them",
  my: "their",
  mine: "theirs",
  myself: "themselves",
  we: "they",
  "we're": "they're",
  "we'll": "they'll",
  "we've": "they've",
  "we'd": "they'd",
  us: "them",
  our: "their",
  ours: "theirs",
  ourselves: "themselves",
};
// "they" takes the same verb as "I" except these.
const AFTER_THEY: Record<string, string> = { am: "are", was: "were", "wasn't": "weren't" };
// A subject's verb in the third person singular.
const THIRD_PERSON: Record<string, string> = {
  am: "is",
  are: "is",
  were: "was",
  "aren't": "isn't",
  "weren't": "wasn't",
  have: "has",
  "haven't": "hasn't",
  do: "does",
  "don't": "doesn't",
  go: "goes",
};
const UNCHANGED =
  /^(?:will|would|can|could|should|shall|may|might|must|ought|cannot|can't|won't|wouldn't|couldn't|shouldn't|didn't|mustn't|had|hadn't|did|was|wasn't|is|has|[a-z]+ed|[a-z]+ing|[a-z]+'[a-z]+)$/;
// Present tense verbs that end like a past tense.
const PRESENT_IN_ED =
  /^(?:need|feed|seed|proceed|exceed|succeed|bleed|breed|speed|heed|embed|lead|plead|head)$/;
const IRREGULAR_PAST = new Set(
  "went did had made sent got took saw said thought told found gave wrote spoke met ran came knew felt left kept brought bought built began caught chose drew drove fell fought forgot heard held hid hurt lost meant paid put read rode rang rose set shot showed shut sang sat slept sold spent stood stole struck swam taught tore threw understood woke won wore".split(
    " ",
  ),
);
const ADVERBS = new Set(
  "also just really still actually already probably definitely never always only even then personally basically totally certainly usually sometimes often quickly first".split(
    " ",
  ),
);
// Where "you" is someone being addressed, not "you" in general: "I'll send you the deck".
const TAKES_YOU =
  /(?:^|\s)(?:to|with|for|from|about|send|give|email|call|ping|tell|show|update|remind|help|invite|owe|bring|forward|ask|thank|brief|text|message|get back to|let)$/i;

// An order opening the sentence ("Ship it Friday", "Add the column…") is reported as "said to…".
const IMPERATIVE =
  /^(?:add|ship|send|make|use|check|keep|put|take|fix|call|write|set|start|stop|try|finish|remember|review|update|email|book|schedule|prepare|draft|move|remove|delete|drop|test|ask|tell|share|follow|loop|reach|ping|talk|bring|get|give|run|merge|deploy|push|open|close|file|log|flag|print|order|buy|pay|invite|cancel|confirm)\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|should)\b)/i;

export type ReportContext = {
  name: string;
  addressee: string | null;
  /** Words said capitalised mid-sentence in the meeting ("Salesforce"), kept capitalised. */
  isProper: (word: string) => boolean;
  /** How many sentences of this speaker were reported before, to vary the reporting verb. */
  turn: number;
};

// "Recap: …", "To sum up, …": the speaker summing up, said as such.
const RECAP = /^(?:(?:so,?\s+)?(?:to )?(?:recap|sum up|summari[sz]e)|in summary|summary)\s*[:,]\s*/i;
const REPORTING = ["said", "noted", "explained", "pointed out"];

export function reportEnglish(text: string, context: ReportContext): string {
  const { name, addressee } = context;
  const sentence = text.replace(/’/g, "'");
  if (/\?\s*$/.test(sentence)) return `${name} asked, "${sentence}"`;
  const tokens = [...sentence.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const recap = RECAP.exec(sentence);
  if (recap) {
    const rest = rewrite(sentence.slice(recap[0].length), name, false, addressee, false);
    return `${name} summed up: ${rest}`;
  }
  const named = tokens.some((token) => SINGULAR.has(token.word.toLowerCase()));
  let body = sentence;
  let prefix = "";
  if (!named) {
    const letUs = /^let(?:'s| us)\s+/i.exec(sentence);
    if (letUs) {
      prefix = `${name} suggested they `;
      body = sentence.slice(letUs[0].length);
    } else if (IMPERATIVE.test(sentence)) {
      prefix = `${name} said to `;
      body = lowerFirst(sentence, context.isProper);
    } else {
      prefix = `${name} ${REPORTING[context.turn % REPORTING.length]} `;
      body = lowerFirst(sentence, context.isProper);
    }
  }
  return capitalise(prefix + rewrite(body, name, named, addressee, prefix === ""));
}

function rewrite(
  text: string,
  name: string,
  named: boolean,
  addressee: string | null,
  opensSentence: boolean,
): string {
  const tokens = [...text.matchAll(WORD)];
  let out = "";
  let last = 0;
  let nameUsed = !named;
  // After a subject is replaced, its verb must agree: "I have" → "Priya has", "I was" → "they were".
  let agree: "third" | "they" | null = null;
  tokens.forEach((match, index) => {
    const word = match[0];
    const lower = word.toLowerCase();
    const atStart = match.index === 0 && opensSentence;
    let replacement = word;
    if (agree && !ADVERBS.has(lower)) {
      replacement = agree === "third" ? thirdPerson(lower) : (AFTER_THEY[lower] ?? word);
      agree = null;
    } else if (agree) {
      replacement = word;
    } else if (SINGULAR.has(lower) && !nameUsed) {
      replacement = (AS_NAME[lower] as (name: string) => string)(name);
      nameUsed = true;
      if (lower === "i") agree = "third";
    } else if (AS_THEY[lower] && (lower !== "us" || word === "us")) {
      replacement = atStart ? capitalise(AS_THEY[lower] as string) : (AS_THEY[lower] as string);
      if (lower === "i") agree = "they";
    } else if (addressee && (lower === "you" || lower === "your" || lower === "yours")) {
      const before = text.slice(0, match.index).trimEnd();
      if (lower !== "you") replacement = possessive(addressee);
      else if (atStart && index + 1 < tokens.length) {
        replacement = addressee;
        agree = "third";
      } else if (TAKES_YOU.test(before)) replacement = addressee;
    } else if (addressee && match.index === 0 && /^you(?:'re|'ll|'ve|'d)$/.test(lower)) {
      const verb = { "you're": "is", "you'll": "will", "you've": "has", "you'd": "would" }[lower];
      replacement = `${addressee} ${verb}`;
    }
    out += text.slice(last, match.index) + replacement;
    last = match.index + word.length;
  });
  return out + text.slice(last);
}

function thirdPerson(verb: string): string {
  const known = THIRD_PERSON[verb];
  if (known) return known;
  if (PRESENT_IN_ED.test(verb)) return `${verb}s`;
  if (UNCHANGED.test(verb) || IRREGULAR_PAST.has(verb) || !/^[a-z]+$/.test(verb)) return verb;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
