import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { meeting } from "./meeting";

describe("keywords", () => {
  it("ranks repeated topic phrases, groups inflections and cites every segment", () => {
    const { keywords } = analyzeLocally(
      meeting([
        "Alice: The remote control needs a new battery design.",
        "Bob: Yeah, I think the remote control battery should last a year.",
        "Carol: Batteries are expensive, so the remote control price goes up.",
        "Alice: Okay, so the price of the remote control stays at twenty five euros.",
      ]),
    );
    expect(keywords[0]).toEqual({ term: "remote control", count: 4, seqs: [0, 1, 2, 3] });
    expect(keywords).toContainEqual({ term: "battery", count: 3, seqs: [0, 1, 2] });
    expect(keywords).toContainEqual({ term: "price", count: 2, seqs: [2, 3] });
    const terms = keywords.map((keyword) => keyword.term);
    expect(terms).not.toContain("remote");
    expect(terms).not.toContain("yeah");
    expect(terms).not.toContain("think");
    expect(keywords.length).toBeLessThanOrEqual(10);
  });

  it("drops Spanish stopwords, fillers and the participants' names", () => {
    const { keywords } = analyzeLocally(
      meeting([
        "Ana: Luis, o sea, el presupuesto de marketing no cuadra.",
        "Luis: Pues el presupuesto de marketing lo revisamos el lunes, Ana.",
        "Ana: Vale, y la campaña de verano depende del presupuesto.",
      ]),
    );
    const terms = keywords.map((keyword) => keyword.term);
    expect(terms.slice(0, 2).sort()).toEqual(["presupuesto", "presupuesto de marketing"]);
    for (const word of ["ana", "luis", "pues", "vale", "sea", "el", "de"]) expect(terms).not.toContain(word);
  });

  it("leaves out weekdays, months, time words and filler in both languages", () => {
    const spanish = analyzeLocally(
      meeting([
        "Ana: El viernes cerramos el informe de ventas, y el lunes el informe de costes.",
        "Luis: Este mes y el mes de marzo el informe de ventas va tarde, sinceramente.",
        "Ana: La fecha del informe de ventas es el viernes, honestamente.",
      ]),
    ).keywords.map((keyword) => keyword.term);
    expect(spanish).toContain("informe de ventas");
    for (const word of ["viernes", "lunes", "mes", "marzo", "fecha", "sinceramente"]) {
      expect(spanish).not.toContain(word);
    }
    const english = analyzeLocally(
      meeting([
        "Bob: Honestly, the renewal date is Monday, and the renewal fee goes up next year.",
        "Alice: The renewal fee this year is fine, honestly, until the date in March.",
      ]),
    ).keywords.map((keyword) => keyword.term);
    expect(english).toContain("renewal fee");
    for (const word of ["honestly", "date", "year", "monday", "march"]) expect(english).not.toContain(word);
  });

  it("keeps acronyms in capitals", () => {
    const { keywords } = analyzeLocally(
      meeting(["Ana: Falta el EPI en la zona de carga.", "Luis: El EPI de la zona de carga está caducado."]),
    );
    expect(keywords.map((keyword) => keyword.term)).toContain("EPI");
  });
  it("never makes a Spanish or English stop-word a keyword, whatever language the meeting is read as", () => {
    const lines = [
      "Ana: Buenos días a todos, buenos días. Hablamos con el cliente con calma.",
      "Luis: Buenos días. Con el cliente, con el contrato y con el proveedor.",
      "Ana: El cliente quiere el contrato con descuento, aunque estuvieron dudando.",
      "Luis: Buenas tardes, el contrato con el proveedor. Hubiéramos querido más, nosotras también.",
    ];
    for (const language of ["en", "es"] as const) {
      const terms = analyzeLocally(meeting(lines, { language })).keywords.map((keyword) => keyword.term);
      expect(terms).toContain("contrato");
      for (const word of [
        "con",
        "buenos",
        "buenas",
        "días",
        "tardes",
        "estuvieron",
        "hubiéramos",
        "nosotras",
      ]) {
        expect(terms.some((term) => term.split(" ").includes(word))).toBe(false);
      }
    }
  });
});
