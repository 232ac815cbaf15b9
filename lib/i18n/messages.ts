import type { Locale } from "./locale";
import { en, type Messages } from "./messages/en";
import { es } from "./messages/es";

const byLocale: Record<Locale, Messages> = { en, es };

export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

export type { Messages };
