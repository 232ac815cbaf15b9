import type { TemplateId } from "@/lib/insights/types";
import type { ActionPattern } from "./action-pattern";
import { TEMPLATE_ACTIONS } from "./template-actions";
import type { Emphasis } from "./template-themes";
import { TEMPLATE_THEMES } from "./template-themes";

export type { Emphasis };

/** What a note template changes in the local analysis. */
export type TemplateProfile = {
  /** Themes whose best sentence leads the key points, labelled ("Blocker: …"). */
  emphasis: Emphasis[];
  /** Extra triggers for the commitments this kind of meeting phrases its own way. */
  actionPatterns: ActionPattern[];
  /** One-on-ones: a request nobody is named in is for the other person. */
  requestsGoToPartner: boolean;
};

export function templateProfile(template: TemplateId): TemplateProfile {
  return {
    emphasis: TEMPLATE_THEMES[template] ?? [],
    actionPatterns: TEMPLATE_ACTIONS[template] ?? [],
    requestsGoToPartner: template === "one_on_one",
  };
}
