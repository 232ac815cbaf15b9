import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/locale";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";

describe("locale detection", () => {
  it("prefers the highest-ranked supported language", () => {
    expect(localeFromAcceptLanguage("es-ES,es;q=0.9,en;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4")).toBe("es");
    expect(localeFromAcceptLanguage("en-US;q=0.5,es-MX;q=0.9")).toBe("es");
  });

  it("falls back to English", () => {
    expect(localeFromAcceptLanguage("de-DE,fr")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });

  it("has a Spanish string for every English one", () => {
    const keys = (value: object, prefix = ""): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === "object" ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });
});
