import { deny } from "./action-pattern";

// Never a task in English: negations, perfect tenses ("should have sent"), states ("need to have a
// clear target group", though "have the report ready" is one) and empty verbs ("do that now").
const NOT_A_TASK_EN =
  "not|never|have (?:been|done|had|taken|got|gone|seen|said|[a-z]+ed)|have(?!.*\\b(?:ready|done|finished|sorted|completed|prepared)\\b)(?! (?:a|an) (?:meeting|call|chat|review|session|workshop|demo))|do(?:,| (?:it|that|this|now|so|something|anything|is|with|working)\\b)|like to|be(?!\\s+(?:sending|sharing|preparing|writing|working on|taking care|calling|following up|checking|updating))";
// What people say they'll do right now, in the meeting itself.
const IN_MEETING_EN =
  "speak|present|talk|walk (?:you|us) through|run through|cover|introduce|summari[sz]e|demonstrate|show|tick|click|open|close|plug|unplug|switch|turn|press|type|note (?:that|it) down|write (?:that|it|this) down|stop sharing|answer|respond|come (?:in|back to|onto|on to)|pursue|repeat(?:ing)?|carry on|continue|note|mention|add|point out|remind|clarify|emphasi[sz]e|stress|acknowledge|thank|welcome|ask|apologi[sz]e|declare|suggest|propose|recommend|argue|disagree|agree|reiterate|echo|highlight|underline|conclude|[a-z]+ (?:that|this|it) (?:in a (?:sec|second|minute|moment)|right now)";

export const DENY_SELF_EN = deny(
  `${NOT_A_TASK_EN}|${IN_MEETING_EN}|say|admit|tell you|give you an example|start|begin|go|go first|stop|leave it|let you|pass|share (?:my|the) screen|repeat|explain|wait|see|think|know|ask you|hand (?:it )?over|draw|read|continue|move on|go (?:back|through|on|over)|show you|shut up|put it|get (?:started|going)|talk (?:about|to you)|try|guess|bet|just`,
);
export const DENY_REQUEST_EN = deny(
  `${NOT_A_TASK_EN}|${IN_MEETING_EN}|hear|see|read (?:me|that|it)|repeat|say|explain|clarify|tell (?:me|us)|give me (?:a|the)|mute|unmute|share (?:your|the) screen|speak up|go back|scroll|elaborate|imagine|believe|remember|do that again|think|describe|guess|pass|hand`,
);
export const DENY_GROUP_EN = deny(
  `${NOT_A_TASK_EN}|${IN_MEETING_EN}|discuss|start|begin|go|move on|look at (?:this|that|the slide)|see|think|take a (?:look|break)|wrap(?: (?:this|it|things))? up|decide|keep in mind|remember|know|get (?:started|going)|consider|agree|say|stop|finish (?:up|here)`,
);
export const DENY_SELF_ES = deny(
  "ser|decir|compartir(?: mi)? pantalla|empezar|comenzar|explicar(?:os|te)?|ver|pasar a|hablar|dejar(?:lo)?|continuar|seguir|repetir|contar(?:os|te)?|leer|presentar(?:me|nos)|no|pensar|intentar explicar",
);
export const DENY_REQUEST_ES = deny(
  "oir(?:me|nos)?|escuchar(?:me|nos)?|ver(?:me|nos)?|repetir(?:lo)?|explicar(?:me|nos)?|aclarar(?:me|nos)?|compartir (?:tu |la )?pantalla|hablar mas alto|silenciar|decir(?:me|nos)|contar(?:me|nos)|no|creer|imaginar",
);
export const DENY_GROUP_ES = deny(
  "ver|empezar|comenzar|pasar a|hablar|seguir|continuar|terminar|dejar(?:lo)?|repasar|decir|tener en cuenta|pensar|no|decidir|hacerlo|hacer eso",
);
