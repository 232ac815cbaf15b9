import {
  DENY_GROUP_EN,
  DENY_GROUP_ES,
  DENY_REQUEST_EN,
  DENY_REQUEST_ES,
  DENY_SELF_EN,
  DENY_SELF_ES,
  IN_MEETING_EN,
} from "./action-denials";
import type { ActionPattern } from "./action-pattern";
import { ADVERBS_EN, pattern, SLOT } from "./action-pattern";
import { FIRST_PERSON_VERBS as PRESENT_VERBS, THIRD_PERSON_VERBS } from "./spanish-verbs";

/** Verbs that plan work for later, never the meeting's own agenda: "let's schedule a call…". */
const LATER_VERBS_EN =
  "schedule|set up|book|send|plan|organi[sz]e|arrange|follow up|reach out|sync up|reconvene|put together|draft|prepare|write up|loop in|invite|order|finali[sz]e|touch base|contact|email|ping|get back|get in touch|catch up|meet (?:again|up)|submit|deliver|buy|coordinate|reserve|circle back";
/** Verbs someone takes a task with ("John will prepare…"), as opposed to forecasts ("revenue will grow"). */
export const TASK_VERBS_EN = `${LATER_VERBS_EN}|review|check|confirm|call|update|share|fix|handle|take care of|look into|finish|create|write|test|talk to|ask|cover|present`;
// When a Spanish promise in the present tense says when: "mañana llamo al cliente".
const WHEN_ES =
  "(?:pasado\\s+)?manana|hoy|esta (?:tarde|noche|semana)|luego|despues|ahora mismo|en cuanto pueda|la semana que viene|el (?:lunes|martes|miercoles|jueves|viernes)";
const EN = { inMeeting: IN_MEETING_EN };

/** Commitment and request phrasings of any meeting, Spanish and English. */
export const BASE_PATTERNS: ActionPattern[] = [
  pattern(
    "self",
    "en",
    `(?:(?:i|i've)${SLOT}\\s+(?:need to|have to|got to|should|can take care of)|(?:i'm|i am)${SLOT}\\s+(?:going to|gonna)|i'll|i will|let me)\\s+${ADVERBS_EN}`,
    { deny: DENY_SELF_EN, ...EN },
  ),
  pattern(
    "self",
    "es",
    "(?:yo\\s+)?(?:me encargo|me ocupo)(?:\\s+yo)?(?:\\s+(?<prep>del|de la|de los|de las|de))?",
    {
      deny: DENY_SELF_ES,
      fallbackVerb: "Encargarse",
      needsInfinitive: true,
    },
  ),
  pattern("self", "es", "(?:yo\\s+)?(?:me comprometo a|voy a|tengo que|debo)", {
    deny: DENY_SELF_ES,
    needsInfinitive: true,
  }),
  pattern(
    "self",
    "es",
    `(?:yo\\s+|ya\\s+)?(?:te|os|le|les|se)\\s+(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>${PRESENT_VERBS})`,
  ),
  // Present tense said as a promise: "yo preparo el informe", "eso lo reviso yo".
  pattern("self", "es", `yo\\s+(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>${PRESENT_VERBS})`),
  pattern("self", "es", `(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>${PRESENT_VERBS})\\s+yo`),
  pattern(
    "self",
    "es",
    `(?:${WHEN_ES}),?\\s+(?:yo\\s+)?(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>${PRESENT_VERBS})(?![a-z])`,
  ),
  pattern(
    "self",
    "es",
    `(?<=^|[,;:]\\s?)(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>${PRESENT_VERBS})(?![a-z])`,
    { needsDate: true },
  ),
  // The future is a promise: "yo enviaré la solicitud", "se lo mandaré mañana". Folding drops the
  // accent that marks it, so `accept` checks the original ("quiere" is not "quieré").
  pattern(
    "self",
    "es",
    `(?:yo\\s+|ya\\s+)?(?:(?:te|os|le|les|se)\\s+)?(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>(?!(?:ser|estar|decir|poder|querer)e)[a-z]{2,}(?:ar|er|ir)e|hare|pondre|tendre|saldre|vendre)(?![a-z])`,
    { accept: (original) => /[éÉ]\s*$/u.test(original), deny: DENY_SELF_ES },
  ),
  pattern(
    "request",
    "en",
    `(?:can|could|would|will)\\s+you(?:\\s+(?:all|both|two|three|guys))?\\s+(?:(?:please|maybe|possibly|also|just|then|mind)\\s+)*`,
    { deny: DENY_REQUEST_EN, ...EN },
  ),
  pattern(
    "request",
    "en",
    `(?:you need to|you have to|you should|you'll need to|you'll have to|i need you to|i'd like you to|i want you to|make sure (?:you|to)|don't forget to|remember to|please)\\s+${ADVERBS_EN}`,
    { deny: DENY_REQUEST_EN, ...EN },
  ),
  pattern(
    "request",
    "es",
    "(?:(?:me|nos|te|le)\\s+)?(?:(?<clitic>lo|la|los|las)\\s+)?(?:puedes|podrias|podeis|podriais|puede usted|podria usted|te importaria)(?:\\s+(?:tu|usted)\\s*,?)?",
    {
      deny: DENY_REQUEST_ES,
      needsInfinitive: true,
    },
  ),
  pattern("request", "es", "por favor,?", { deny: DENY_REQUEST_ES }),
  pattern(
    "request",
    "es",
    "(?:te encargas|te ocupas|encargate|ocupate)(?:\\s+(?<prep>del|de la|de los|de las|de))?",
    {
      deny: DENY_REQUEST_ES,
      fallbackVerb: "Encargarse",
      needsInfinitive: true,
    },
  ),
  pattern(
    "request",
    "es",
    "(?:me|nos)\\s+(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>envias|mandas|pasas|reenvias|compartes|confirmas|preparas|revisas|escribes)",
  ),
  pattern(
    "group",
    "en",
    `(?:(?:we|we've)${SLOT}\\s+(?:need to|have to|got to|must|should)|(?:we'll|we will)${SLOT}\\s+(?:need to|have to)|(?:we're|we are)${SLOT}\\s+(?:going to|gonna)|(?:someone|somebody) (?:needs|has) to)\\s+${ADVERBS_EN}`,
    { deny: DENY_GROUP_EN, ...EN },
  ),
  pattern("group", "en", `(?<=^|[,;:]\\s?)need to\\s+${ADVERBS_EN}`, { deny: DENY_GROUP_EN, ...EN }),
  // "Let's schedule a call…" plans work; "let's review the budget" is the agenda, unless a day is named.
  pattern("group", "en", `let(?:'s| us)\\s+(?=(?:${LATER_VERBS_EN})(?![a-z]))`, { deny: DENY_GROUP_EN }),
  pattern("group", "en", `let(?:'s| us)\\s+${ADVERBS_EN}`, { deny: DENY_GROUP_EN, ...EN, needsDate: true }),
  // "Make sure the release notes go out": the whole sentence is the task.
  pattern("group", "en", "(?<=^|please,?\\s|[,;:]\\s?)(?=make sure\\s(?!(?:you|to|i|that i)\\s))", {
    deny: DENY_GROUP_EN,
  }),
  pattern(
    "group",
    "es",
    "(?:hay que|tenemos que|debemos|deberiamos|necesitamos|vamos a|habria que|hace falta|tendremos que|tendriamos que)",
    {
      deny: DENY_GROUP_ES,
      needsInfinitive: true,
    },
  ),
  pattern("explicit", "en", "(?:todo|to-do|to do|action items?|next steps?|follow[- ]ups?)\\s*[:–—-]"),
  pattern("explicit", "en", "follow up (?<prep>on|with)", { fallbackVerb: "Follow up" }),
  pattern(
    "explicit",
    "es",
    "(?:tareas?|pendientes?|siguientes? pasos?)\\s*[:–—-]|quedan? pendientes?(?:\\s*:|\\s+que)?",
  ),
];

/** "Luis se encarga de…", "Ana will…", "TODO: Bob to…", for the names in `names` (a folded alternation). */
export function assignPatterns(names: string): ActionPattern[] {
  const subject = `(?<=^|[,;:]\\s?|\\b(?:and|y|que|then|luego|so|but|pero|entonces|asi que)\\s)(?<name>${names})`;
  return [
    pattern(
      "assign",
      "en",
      `${subject}\\s+(?:will|is going to|'s going to|is gonna|needs to|has to|should|to)\\s+${ADVERBS_EN}`,
      { deny: DENY_GROUP_EN, ...EN },
    ),
    pattern(
      "assign",
      "es",
      `${subject}\\s+(?:se encarga|se ocupa)(?:\\s+(?<prep>del|de la|de los|de las|de))?`,
      {
        deny: DENY_GROUP_ES,
        fallbackVerb: "Encargarse",
        needsInfinitive: true,
      },
    ),
    pattern("assign", "es", `${subject}\\s+(?:se compromete a|va a|tiene que|queda en|debe|debera)`, {
      deny: DENY_GROUP_ES,
      needsInfinitive: true,
    }),
    // "Quedamos en que Luis manda la propuesta": what someone agreed to, in the present or future.
    pattern(
      "assign",
      "es",
      `(?:quedamos|hemos quedado|queda|acordamos|hemos acordado|decidimos)\\s+(?:en\\s+)?que\\s+(?<name>${names})\\s+(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>${THIRD_PERSON_VERBS})(?![a-z])`,
    ),
    pattern(
      "assign",
      "es",
      `se (?:encarga|ocupa)\\s+(?<name>${names})(?:\\s+(?<prep>del|de la|de los|de las|de))?`,
      {
        fallbackVerb: "Encargarse",
        needsInfinitive: true,
      },
    ),
  ];
}
