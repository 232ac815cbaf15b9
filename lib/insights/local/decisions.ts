import type { CleanSegment, Sentence } from "@/lib/insights/sentences";
import type { InsightItem } from "@/lib/insights/types";
import { foldKeepingOffsets } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import { compressSentence } from "./compress-sentence";
import { dropNearDuplicates, itemText } from "./item-text";
import { contentStems } from "./term-vectors";

const DECISION =
  /(?<![\p{L}])(?:we(?:'ve| have)? (?:decided|agreed)|it(?: was|'s| is| has been) (?:agreed|decided)|we all agree|we agree(?:d)? (?:to|on|that)|agreed (?:to|on|that)|decided (?:to|on|that)|(?:the|our) (?:final )?decision is|final decision|let's go (?:with|for)|we(?:'ll| will) go (?:with|for)|we're going (?:to go )?with|we are going (?:to go )?with|we(?:'ll| will) stick with|(?:we )?settled on|we've chosen|we chose|we opted|decision made|decidimos|hemos decidido|se (?:ha )?decidio|queda decidido|esta decidido|quedamos en|acordamos|hemos acordado|se (?:ha )?acordo|estamos de acuerdo en|de acuerdo en que|vamos con|nos quedamos con|la decision (?:final )?es|optamos por|hemos optado por|elegimos|hemos elegido|queda aprobad[oa]|aprobamos|se aprueba|nos vamos con)(?![\p{L}])/u;
const NEGATION_BEFORE =
  /(?:^|\s)(?:no|not|haven't|hasn't|didn't|never|nunca|todavia no|aun no)\s+(?:\S+\s+)?$/u;
const HYPOTHETICAL = /(?<![\p{L}])(?:if|unless|whether|si|cuando|once)\s/u;
const AGREEMENT =
  /^(?:agreed|deal|done|sounds good|let's do (?:it|that)|de acuerdo|hecho|trato hecho|(?:ok|vale|perfecto|genial),? (?:vamos con eso|adelante|hagamoslo)|adelante|hagamoslo)[.!]*$/u;
const MIN_CONTENT_WORDS = 2;
// A note-taker's label ("Decision: …", "Acuerdo: …"): the rest of the sentence is the decision.
const LABEL =
  /^(?:(?:final |the )?decisions?(?: made)?|agreed|agreements?|decided|resolution|decisi[oó]n(?:es)?(?: final| tomada)?|acuerdos?|acordado|decidido)\s*[:–—-]\s*/iu;
// Said as the sentence's opening, these always announce a decision, however short or conditioned.
const MARKER =
  /^(?:we(?:'ve| have)? (?:decided|agreed)|we all agreed|agreed(?: (?:to|on|that))?|it(?: was|'s| is) (?:agreed|decided)|decidimos|hemos decidido|acordamos|hemos acordado|se (?:ha )?acordo|se (?:ha )?decidio|queda(?:mos)? (?:acordado|decidido))(?![\p{L}])/u;
const PROPOSAL =
  /(?<![\p{L}])(?:let's|should we|how about|what about|i propose|i suggest|why don't we|propongo|sugiero|que tal si|y si|por que no|podriamos)(?![\p{L}])/u;

/** Statements of a decision (es + en), and agreements ("Agreed.") to another speaker's proposal. */
export function findDecisions(
  sentences: readonly Sentence[],
  segments: readonly CleanSegment[],
  language: Language,
): InsightItem[] {
  const found: InsightItem[] = [];
  for (const sentence of sentences) {
    const folded = sentence.folded;
    const marked = explicitDecision(sentence);
    if (marked) {
      found.push(marked);
      continue;
    }
    if (/[?¿]/.test(folded)) continue;
    const match = DECISION.exec(folded);
    if (match) {
      // Tested on the original: folding would turn "sí" (yes) into "si" (if).
      const before = sentence.text.slice(0, match.index).toLowerCase();
      if (NEGATION_BEFORE.test(before) || HYPOTHETICAL.test(before)) continue;
      // "We all agree on that." says nothing by itself: the decision is what was proposed before.
      if (new Set(contentStems(sentence.text, language)).size >= MIN_CONTENT_WORDS) {
        found.push({ text: itemText(sentence.text), seqs: [sentence.seq] });
        continue;
      }
    }
    const agreed = agreedProposal(sentence, segments, Boolean(match));
    if (agreed) found.push(agreed);
  }
  return dropNearDuplicates(found, language);
}

/** "Decision: we go with B", "Acordamos subir el precio", "We decided to…": captured whatever follows. */
function explicitDecision(sentence: Sentence): InsightItem | null {
  const spoken = compressSentence(sentence.text);
  const label = LABEL.exec(spoken);
  if (label) {
    const rest = spoken.slice(label[0].length).trim();
    if (!/[\p{L}\p{N}]/u.test(rest)) return null;
    return { text: itemText(rest.charAt(0).toUpperCase() + rest.slice(1)), seqs: [sentence.seq] };
  }
  if (/[?¿]/.test(spoken) || !MARKER.test(foldKeepingOffsets(spoken))) return null;
  // "Agreed." alone has nothing to record; the proposal it answers is found below.
  if (spoken.split(/\s+/).length < 3) return null;
  return { text: itemText(spoken), seqs: [sentence.seq] };
}

/** "Agreed." after someone else's "Let's use rubber" records the proposal as decided. */
function agreedProposal(
  sentence: Sentence,
  segments: readonly CleanSegment[],
  agrees: boolean,
): InsightItem | null {
  const segment = segments[sentence.segmentIndex];
  if (!segment || !(agrees || AGREEMENT.test(foldKeepingOffsets(segment.text).trim()))) return null;
  const previous = segments[sentence.segmentIndex - 1];
  if (!previous || previous.speaker === segment.speaker) return null;
  const proposal = previous.text
    .split(/(?<=[.!?])\s+/)
    .reverse()
    .find((part) => PROPOSAL.test(foldKeepingOffsets(part)));
  return proposal
    ? { text: itemText(proposal.replace(/\?$/, ".")), seqs: [previous.seq, segment.seq] }
    : null;
}
