import type { CleanSegment, Sentence } from "@/lib/insights/sentences";
import type { InsightItem } from "@/lib/insights/types";
import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import { countWords } from "@/lib/kernel/text/tokenize";
import { dropNearDuplicates, itemText } from "./item-text";
import { contentStems } from "./term-vectors";

const TAG_QUESTION =
  /,\s*(?:right|okay|ok|yeah|no|vale|verdad|si|eh|isn't it|aren't they|don't you think|you know|correct|cierto)\?$/u;
const META =
  /(?<![\p{L}])(?:can you (?:hear|see) me|can everyone (?:hear|see)|does (?:that|this) make sense|any (?:other |more |further )?questions|(?:me|nos) (?:oyes|oyen|escuchas|escuchan|ves|ven)|se (?:me )?(?:oye|ve|entiende)|alguna (?:otra )?(?:pregunta|duda)|you know what i mean|me explico|are you there|estas ahi|is that (?:ok|okay|clear)|queda claro)(?![\p{L}])/u;
const NON_ANSWER =
  /(?<![\p{L}])(?:i don't know|i do not know|not sure|no idea|good question|dunno|let me check|i'll check|we'll see|tbd|to be decided|no se|no lo se|ni idea|buena pregunta|lo miro|lo reviso|habria que ver|ya veremos|hay que verlo)(?![\p{L}])/u;
const ANSWER_OPENER =
  /^(?:yes|yeah|yep|no|nope|sure|i think|i guess|it's|it is|it was|we|they|probably|maybe|definitely|because|about|around|si|claro|creo|pues|bueno|es|son|depende|it depends|porque|unos|unas|sobre|yo|nosotros)(?![\p{L}])/u;
// Asking someone present to act is a request, handled (or not) on the spot.
const DIRECTED =
  /^(?:sorry,?\s+)?(?:(?:can|could|would|will) you|do you (?:want|mind)|would you mind|(?:shall|should|can|may|could) i|shall we|puedes|podrias|me (?:pasas|dejas)|quieres)(?![\p{L}])/u;
// An English question opens with a question word or an inverted verb; "We'll keep it?" is talk.
const INTERROGATIVE_EN =
  /^(?:what|what's|why|how|how's|when|where|where's|who|who's|whom|whose|which|is|isn't|are|aren't|was|wasn't|were|do|does|doesn't|did|didn't|don't|can|can't|could|couldn't|would|wouldn't|will|won't|should|shouldn't|shall|have|has|hasn't|haven't|had|may|might|am)(?![\p{L}])/u;
const LOOKAHEAD_SEGMENTS = 3;
const MAX_QUESTIONS = 10;

/**
 * Questions nobody answered: an interrogative ("?" / "¿") with no substantive reply from someone
 * else in the next few turns (a reply counts when it shares a content word with the question or
 * opens like an answer, and isn't "I don't know"). Tag questions ("…, right?"), check-ins ("can
 * you hear me?"), requests (they become action items) and questions the speaker goes on to
 * answer are left out.
 */
export function findOpenQuestions(
  sentences: readonly Sentence[],
  segments: readonly CleanSegment[],
  language: Language,
  isRequest: (sentence: Sentence) => boolean,
): InsightItem[] {
  const open: InsightItem[] = [];
  sentences.forEach((sentence, position) => {
    const folded = sentence.folded.trim();
    if (!/\?$|^¿/.test(folded) || countWords(folded) < 5) return;
    if (TAG_QUESTION.test(folded) || META.test(folded) || isRequest(sentence)) return;
    const opening = fold(itemText(sentence.text)).replace(/^¿/, "");
    if (DIRECTED.test(opening) || new Set(contentStems(sentence.text, language)).size < 2) return;
    if (!folded.startsWith("¿") && language === "en" && !INTERROGATIVE_EN.test(opening)) return;
    const next = sentences[position + 1];
    if (next && next.segmentIndex === sentence.segmentIndex && next.wordCount >= 8) return;
    if (answered(sentence, segments, language)) return;
    open.push({ text: itemText(sentence.text), seqs: [sentence.seq] });
  });
  return mostSubstantial(dropNearDuplicates(open, language), language);
}

/** At most MAX_QUESTIONS, preferring those with the most content words, in meeting order. */
function mostSubstantial(questions: InsightItem[], language: Language): InsightItem[] {
  if (questions.length <= MAX_QUESTIONS) return questions;
  const weight = (item: InsightItem) => new Set(contentStems(item.text, language)).size;
  const kept = new Set(
    questions
      .map((item, order) => ({ item, order, weight: weight(item) }))
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .slice(0, MAX_QUESTIONS)
      .map(({ item }) => item),
  );
  return questions.filter((item) => kept.has(item));
}

function answered(question: Sentence, segments: readonly CleanSegment[], language: Language): boolean {
  const asked = new Set(contentStems(question.text, language));
  const last = Math.min(segments.length, question.segmentIndex + 1 + LOOKAHEAD_SEGMENTS);
  for (let index = question.segmentIndex + 1; index < last; index++) {
    const reply = segments[index] as CleanSegment;
    if (reply.speaker === question.speaker) continue;
    const folded = fold(reply.text).trim();
    if (NON_ANSWER.test(folded)) continue;
    if (ANSWER_OPENER.test(folded)) return true;
    if (countWords(folded) < 2) continue;
    if (contentStems(reply.text, language).some((stem) => asked.has(stem))) return true;
  }
  return false;
}
