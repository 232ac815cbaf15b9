import {
  DENY_GROUP_EN,
  DENY_GROUP_ES,
  DENY_REQUEST_EN,
  DENY_REQUEST_ES,
  DENY_SELF_EN,
  DENY_SELF_ES,
} from "./action-denials";
import type { ActionPattern } from "./action-pattern";
import { ADVERBS_EN, pattern, SLOT } from "./action-pattern";

// First-person present forms that promise a task when said with "yo" or to someone ("te mando…").
const PRESENT_VERBS =
  "mando|envio|paso|reenvio|comparto|preparo|reviso|escribo|confirmo|actualizo|subo|agendo|hago|llamo|organizo|redacto|compro|pido|miro|busco|contacto|comento|aviso|cierro|reservo|convoco";

/** Commitment and request phrasings of any meeting, Spanish and English. */
export const BASE_PATTERNS: ActionPattern[] = [
  pattern(
    "self",
    "en",
    `(?:(?:i|i've)${SLOT}\\s+(?:need to|have to|got to|should|can take care of)|(?:i'm|i am)${SLOT}\\s+(?:going to|gonna)|i'll|i will|let me)\\s+${ADVERBS_EN}`,
    { deny: DENY_SELF_EN },
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
    "request",
    "en",
    `(?:can|could|would|will)\\s+you(?:\\s+(?:all|both|two|three|guys))?\\s+(?:(?:please|maybe|possibly|also|just|then|mind)\\s+)*`,
    { deny: DENY_REQUEST_EN },
  ),
  pattern(
    "request",
    "en",
    `(?:you need to|you have to|you should|you'll need to|you'll have to|i need you to|i'd like you to|i want you to|make sure (?:you|to)|don't forget to|remember to|please)\\s+${ADVERBS_EN}`,
    { deny: DENY_REQUEST_EN },
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
    { deny: DENY_GROUP_EN },
  ),
  pattern("group", "en", `(?<=^|[,;:]\\s?)need to\\s+${ADVERBS_EN}`, { deny: DENY_GROUP_EN }),
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
  const subject = `(?<=^|[,;:]\\s?|\\b(?:and|y|que|then|luego)\\s)(?<name>${names})`;
  return [
    pattern(
      "assign",
      "en",
      `${subject}\\s+(?:will|is going to|'s going to|is gonna|needs to|has to|should|to)\\s+${ADVERBS_EN}`,
      { deny: DENY_GROUP_EN },
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
