import { fold } from "@/lib/kernel/text/fold";

/** Kinds of question the local engine answers from a meeting's notes rather than from raw talk. */
export type Intent = {
  actionItems: boolean;
  decisions: boolean;
  /** "Who said / proposed …?" */
  who: boolean;
  /** "Who is responsible for / will …?" */
  whoOwns: boolean;
  when: boolean;
  /** A summary of the meeting(s) as a whole, not of one topic. */
  summary: boolean;
  /** "My action items": the asking user's own. */
  mine: boolean;
};

const ACTION_ITEMS =
  /\b(?:action items?|to-?dos?|tasks?|next steps?|follow[- ]?ups?|assignments?|what (?:do|should|must|have) (?:i|we) (?:to )?do|tareas?|pendientes?|acciones|proximos pasos|que (?:tengo|tenemos|debo|debemos) (?:que )?hacer)\b/;
// "Why did Ana agree with Ben" asks for reasons, not a decision: only "agreed on/to/that" counts.
const DECISIONS =
  /\b(?:decid\w*|decision\w*|agreed (?:on|upon|to|that)|agreement|conclu\w*|resolv\w*|settled|decisi\w*|acordamos|acordaron|acuerdo\w*)\b/;
// "Who said…?", not "the children who were in foster care".
const WHO =
  /(?:^\W*(?:who|quien(?:es)?)\b|\b(?:who|quien(?:es)?) (?:said|says|mentioned|proposed|suggested|asked|raised|brought up|dijo|menciono|propuso|sugirio|pregunto)\b)/;
const WHO_OWNS =
  /\b(?:who (?:is|was|will be) (?:responsible|in charge|doing|handling)|who (?:will|should|has to|must|is going to)|quien (?:se encarga|es responsable|va a|tiene que|debe))\b/;
// "What did Ana say when discussing the budget" is not asking when.
const WHEN =
  /(?:^\W*when\b|\bwhen (?:is|was|are|were|will|did|do|does|should|can|could|would)\b|\b(?:what (?:date|day|time)|deadline|due date|by when)\b|^\W*cuando\b|\bcuando (?:es|fue|sera|hay|vence)\b|\b(?:que (?:fecha|dia)|fecha limite|plazo)\b)/;
const SUMMARY =
  /\b(?:summar\w*|overview|recap|main points|key points|general discussion|(?:what|how) (?:was|were|is) (?:the|this|that|our) (?:meeting|call|session)s?(?: about)?|resum\w*|de que (?:trato|se hablo|hablamos)|puntos (?:clave|principales))\b/;
const MINE = /\b(?:my|mine|i|mis|mi|me toca)\b/;

export function detectIntent(question: string): Intent {
  const text = fold(question);
  const whoOwns = WHO_OWNS.test(text);
  return {
    actionItems: ACTION_ITEMS.test(text) || whoOwns,
    decisions: DECISIONS.test(text),
    who: WHO.test(text) && !whoOwns,
    whoOwns,
    when: WHEN.test(text),
    summary: SUMMARY.test(text),
    mine: MINE.test(text),
  };
}

// Words that only say which kind of question it is; what remains is the topic.
const INTENT_WORDS = new Set(
  `action actions item items todo todos task tasks next step steps follow followup followups assignment assignments
  decide decided decides decision decisions agree agreed agreement conclude concluded conclusion conclusions resolve
  resolved settled who when date day time deadline due responsible charge summary summarize summarise overview recap
  main key points general discussion meeting meetings call session my mine pending open
  tarea tareas pendiente pendientes accion acciones proximo proximos paso pasos decidir decidimos decidieron decision
  decisiones acordar acordamos acuerdo acuerdos quien quienes cuando fecha limite plazo responsable encarga resumen
  resume resumir reunion reuniones mis mi`
    .split(/\s+/)
    .filter(Boolean),
);

export const isIntentWord = (foldedWord: string) => INTENT_WORDS.has(foldedWord);
