import { deny } from "./action-pattern";

// Never a task in English: negations, perfect tenses ("should have sent"), states ("need to have a
// clear target group", though "have the report ready" is one), empty verbs ("do that now") and
// meeting etiquette or breaks ("stay on mute", "grab a coffee first").
const NOT_A_TASK_EN =
  "not|never|have (?:been|done|had|taken|got|gone|seen|said|[a-z]+ed)|have(?!.*\\b(?:ready|done|finished|sorted|completed|prepared)\\b)(?! (?:a|an) (?:meeting|call|chat|review|session|workshop|demo))|do(?:,| (?:it|that|this|now|so|something|anything|is|with|working)\\b)|like to|be(?!\\s+(?:sending|sharing|preparing|writing|working on|taking care|calling|following up|checking|updating))|(?:stay|go|be|keep (?:yourself |yourselves |it )?|remain|put (?:yourself |yourselves )?) ?(?:on )?mute[ds]?|(?:go )?(?:grab|get|have|fetch|make) (?:me |us |you )?(?:a |some |another |my |our )?(?:quick )?(?:coffee|tea|drink|water|bite|snack|lunch|break|breather|beer)|take (?:a|five|ten|our|my) (?:quick )?(?:break|breather|minute|sec|second)";
// Said in the meeting about the meeting ("let me talk about…", "I'll ask you something").
// talk/ask/add/present/cover are tasks when a recipient or an object follows ("I'll talk to legal",
// "I'll ask the vendor for a quote", "add the metrics to the dashboard", "cover the on-call shift").
const CONDITIONAL_EN = [
  "talk(?!\\s+(?:to|with)\\s+(?!(?:you|u|us|everyone|everybody|all|y'all|you all|you guys)(?![a-z]))[a-z])",
  "ask(?=\\s*(?:[.,;!?]|$)|\\s+(?:you|u|(?:a|one|another|some|two|three|the|my|this|that|a few|a couple of)\\s+(?:[a-z]+\\s+)?questions?|something|anything|quickly|real quick|around|about|if|whether|why|how|what|who|where|when|again|for (?:a|your|one) (?:moment|second|minute|sec))(?![a-z]))",
  "add(?=\\s*(?:[.,;!?]|$)|\\s+(?:i|we|that|this|something|anything|here|also|though|quickly|briefly|on|onto|one (?:more |last |other |final )?thing|a (?:quick |small |little |final |last )?(?:point|comment|note|thought|word)|to (?:that|this|what|it))(?![a-z]))",
  "present(?![^,;.]*\\bto\\s+(?!(?:you|u|us|everyone|everybody|all|y'all|you all|you guys)(?![a-z]))[a-z])",
  "cover(?=\\s*(?:[.,;!?]|$)|\\s+(?:i|we|that|this|it|these|those|everything|anything|something|now|first|quickly|briefly|next|the (?:rest|next|basics|agenda|details|slides?|topics?|points?|items?|sections?)|(?:a |some |the )?(?:few |main |key |other )?(?:things|points|topics|basics))(?![a-z]))",
].join("|");
// What people say they do right now, in the meeting itself: never a task.
const MEETING_TALK_EN =
  "tick|click|open|close|plug|unplug|switch|turn|press|type|note (?:that|it) down|write (?:that|it|this) down|stop sharing|answer|respond|come (?:in|back to|onto|on to)|pursue|repeat(?:ing)?|carry on|continue|note|mention|point out|remind|clarify|emphasi[sz]e|stress|acknowledge|thank|welcome|apologi[sz]e|declare|suggest|propose|recommend|argue|disagree|agree|reiterate|echo|highlight|underline|conclude|[a-z]+ (?:that|this|it) (?:in a (?:sec|second|minute|moment)|right now)";
// Talk in the meeting too, but the same words about a later day are a task ("I'll present it next
// Thursday"), which `inMeeting` lets the caller decide.
const IN_MEETING_TALK_EN = `speak|walk (?:you|us) through|run through|introduce|summari[sz]e|demonstrate|show|(?:talk|ask|add|present|cover)(?= [^,;.]*\\b(?:in a (?:minute|moment|second|sec)|(?:right )?now)(?![a-z]))|${CONDITIONAL_EN}`;

export const IN_MEETING_EN = deny(IN_MEETING_TALK_EN);
export const DENY_SELF_EN = deny(
  `${NOT_A_TASK_EN}|${MEETING_TALK_EN}|say|admit|tell you|give you (?:[a-z]+ ){0,3}(?:examples?|illustrations?|idea|sense|flavou?r|overview|picture|background)|start|begin|go|go first|stop|leave it|let you|pass|share (?:my|the) screen|repeat|explain|wait|see|think|know|hand (?:it )?over|draw|read|continue|move on|go (?:back|through|on|over)|show you|shut up|put it|get (?:started|going)|try|guess|bet|just`,
);
export const DENY_REQUEST_EN = deny(
  `${NOT_A_TASK_EN}|${MEETING_TALK_EN}|hear|see|read (?:me|that|it)|repeat|say|explain|clarify|tell (?:me|us)|give me (?:a|the)|mute|unmute|share (?:your|the) screen|speak up|go back|scroll|elaborate|imagine|believe|remember|do that again|think|describe|guess|pass|hand`,
);
export const DENY_GROUP_EN = deny(
  `${NOT_A_TASK_EN}|${MEETING_TALK_EN}|discuss|start|begin|go|move on|look at (?:this|that|the slide)|see|think|take a (?:look|break)|wrap(?: (?:this|it|things))? up|decide|keep in mind|remember|know|get (?:started|going)|consider|agree|say|stop|finish (?:up|here)|recap|(?:dive|jump) in(?:to)?|keep (?:it|this|going)|call it|continue|circle back (?:to|on) (?:that|this|it)`,
);

// "hablar" is in-meeting talk ("vamos a hablar del presupuesto") unless someone to talk to follows
// ("tenemos que hablar con el cliente").
const TALK_ES = "hablar(?!\\s+con\\s+(?!(?:vosotros|vosotras|ustedes|todos|todas)(?![a-z]))[a-z0-9])";

export const DENY_SELF_ES = deny(
  `ser|decir|compartir(?: mi)? pantalla|empezar|comenzar|explicar(?:os|te)?|ver|pasar a|${TALK_ES}|dejar(?:lo)?|continuar|seguir|repetir|contar(?:os|te)?|leer|presentar(?:me|nos)|no|pensar|intentar explicar`,
);
export const DENY_REQUEST_ES = deny(
  "oir(?:me|nos)?|escuchar(?:me|nos)?|ver(?:me|nos)?|repetir(?:lo)?|explicar(?:me|nos)?|aclarar(?:me|nos)?|compartir (?:tu |la )?pantalla|hablar mas alto|silenciar|decir(?:me|nos)|contar(?:me|nos)|no|creer|imaginar",
);
export const DENY_GROUP_ES = deny(
  `ver|empezar|comenzar|pasar a|${TALK_ES}|seguir|continuar|terminar|dejar(?:lo)?|repasar|decir|tener en cuenta|pensar|no|decidir|hacerlo|hacer eso`,
);
