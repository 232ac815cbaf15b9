import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { meeting } from "./meeting";

const decisions = (lines: string[]) => analyzeLocally(meeting(lines)).decisions;

describe("decisions", () => {
  it("finds decisions stated in Spanish and English, citing their segment", () => {
    expect(
      decisions([
        "Ana: Sí, decidimos mantener el proveedor actual hasta junio.",
        "Luis: Quedamos en revisar los precios cada trimestre.",
        "Marta: Vale, vamos con la opción B para el lanzamiento.",
        "Bob: So we agreed to ship the beta on the first of April.",
        "Alice: Let's go with the annual plan.",
      ]),
    ).toEqual([
      { text: "Decidimos mantener el proveedor actual hasta junio.", seqs: [0] },
      { text: "Quedamos en revisar los precios cada trimestre.", seqs: [1] },
      { text: "Vamos con la opción B para el lanzamiento.", seqs: [2] },
      { text: "We agreed to ship the beta on the first of April.", seqs: [3] },
      { text: "Let's go with the annual plan.", seqs: [4] },
    ]);
  });

  it("records a proposal another speaker agrees to, citing both turns", () => {
    expect(
      decisions(["Alice: Why don't we use the blue theme for the landing page?", "Bob: Agreed."]),
    ).toEqual([{ text: "Why don't we use the blue theme for the landing page.", seqs: [0, 1] }]);
  });

  it("ignores questions, negations and conditions about deciding", () => {
    expect(
      decisions([
        "Alice: Did we decide on the venue?",
        "Bob: We haven't decided on the venue yet.",
        "Ana: ¿Acordamos algo sobre los precios?",
        "Luis: Todavía no hemos decidido nada.",
        "Carol: If we agreed to that, legal would object.",
      ]),
    ).toEqual([]);
  });
  it("always captures explicit markers: labels, Acordamos, Decidimos, We decided, Agreed", () => {
    expect(
      decisions([
        "Ana: Decision: we go with vendor B for the pilot.",
        "Luis: Decisión: el piloto empieza en abril.",
        "Marta: Acordamos subir el precio.",
        "Ana: Bueno, decidimos lanzar en mayo.",
        "Bob: We decided to drop it.",
        "Alice: Agreed: the launch moves to May.",
        "Bob: Agreed, we ship the Android app first.",
      ]),
    ).toEqual([
      { text: "We go with vendor B for the pilot.", seqs: [0] },
      { text: "El piloto empieza en abril.", seqs: [1] },
      { text: "Acordamos subir el precio.", seqs: [2] },
      { text: "Decidimos lanzar en mayo.", seqs: [3] },
      { text: "We decided to drop it.", seqs: [4] },
      { text: "The launch moves to May.", seqs: [5] },
      { text: "Agreed, we ship the Android app first.", seqs: [6] },
    ]);
  });
});
