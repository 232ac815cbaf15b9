import type { TemplateId } from "@/lib/insights/types";
import { DENY_GROUP_EN, DENY_GROUP_ES } from "./action-denials";
import type { ActionPattern } from "./action-pattern";
import { ADVERBS_EN, pattern } from "./action-pattern";

const PARTICIPLE_TO_VERB: Record<string, string> = {
  replaced: "replace",
  repaired: "repair",
  fixed: "fix",
  installed: "install",
  removed: "remove",
  secured: "secure",
  cleared: "clear",
  cleaned: "clean",
  inspected: "inspect",
  guarded: "guard",
  signposted: "signpost",
  marked: "mark",
  tagged: "tag",
  labelled: "label",
  labeled: "label",
  tested: "test",
  checked: "check",
  reported: "report",
};

/** Commitments each kind of meeting phrases its own way, on top of the base patterns. */
export const TEMPLATE_ACTIONS: Record<TemplateId, ActionPattern[]> = {
  default: [],
  // "Today I'm pairing with Luis…", "hoy sigo con el informe".
  standup: [
    pattern(
      "self",
      "en",
      `(?:today|this morning),?\\s+i(?:'m| am)\\s+(?:going to\\s+|gonna\\s+)?${ADVERBS_EN}`,
      {
        deny: DENY_GROUP_EN,
      },
    ),
    pattern("self", "es", "(?:hoy|esta manana),?\\s+(?:me pongo|sigo|continuo|estoy)\\s+(?<prep>con)", {
      fallbackVerb: "Seguir",
    }),
  ],
  // The seller speaks for the company: "We'll send over the proposal", "le enviamos la oferta".
  sales_call: [
    pattern("self", "en", `(?:we(?:'ll| will)|we(?:'re| are) going to)\\s+${ADVERBS_EN}`, {
      deny: DENY_GROUP_EN,
    }),
    pattern("explicit", "en", "next steps? (?:is|are|will be)\\s*(?:to\\s+)?"),
    pattern("explicit", "es", "(?:el )?siguientes? pasos? (?:es|son|sera)\\s*(?:que\\s+)?"),
    pattern(
      "self",
      "es",
      "(?:te|os|le|les)\\s+(?:(?<clitic>lo|la|los|las)\\s+)?(?<verb>enviamos|mandamos|pasamos|preparamos)",
    ),
  ],
  one_on_one: [
    pattern(
      "request",
      "en",
      `(?:for next time|before our next (?:one-on-one|1:1|meeting)|your action item is to)\\s*,?\\s*${ADVERBS_EN}`,
    ),
    pattern("request", "es", "(?:para la proxima(?: vez)?|antes de nuestra proxima reunion)\\s*,?", {
      needsInfinitive: true,
    }),
  ],
  // Findings become corrective actions: "se debe reponer…", "Replace the…", "the guardrail must be repaired".
  safety_inspection: [
    pattern("explicit", "en", "corrective actions?\\s*:?"),
    pattern("explicit", "es", "(?:medidas?|acciones?) correctoras?\\s*:?"),
    pattern("group", "es", "(?:se deben?|deben?|es obligatorio|es necesario)", {
      deny: DENY_GROUP_ES,
      needsInfinitive: true,
    }),
    pattern(
      "explicit",
      "en",
      "^(?=(?:replace|repair|fix|install|remove|secure|clear|inspect|clean|signpost|guard)\\s)",
    ),
    pattern(
      "explicit",
      "es",
      "^(?=(?:reponer|sustituir|reparar|senalizar|instalar|retirar|limpiar|revisar|colocar|asegurar|subsanar)\\s)",
      {
        needsInfinitive: true,
      },
    ),
    pattern(
      "group",
      "en",
      `(?<subject>(?:the|a|an|all|this|that|these|those)\\s[^,;.]+?)\\s+(?:must|needs? to|has to|have to|should)\\s+be\\s+(?<participle>${Object.keys(PARTICIPLE_TO_VERB).join("|")})`,
      {
        rewrite: (group) => {
          const verb = PARTICIPLE_TO_VERB[group("participle").toLowerCase()];
          return verb ? `${verb} ${group("subject").replace(/^(?:the|a|an)\s/i, "the ")}` : null;
        },
      },
    ),
  ],
};
