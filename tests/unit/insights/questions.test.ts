import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { meeting } from "./meeting";

const questions = (lines: string[]) => analyzeLocally(meeting(lines)).questions;

describe("open questions", () => {
  it("lists a question nobody answers, in either language", () => {
    expect(
      questions([
        "Marta: ¿Quién va a hablar con el equipo de ventas sobre los descuentos?",
        "Luis: Pasemos al siguiente punto de la agenda.",
        "Carol: What's the timeline for the mobile app?",
        "Alice: Let's move on to hiring.",
      ]),
    ).toEqual([
      { text: "¿Quién va a hablar con el equipo de ventas sobre los descuentos?", seqs: [0] },
      { text: "What's the timeline for the mobile app?", seqs: [2] },
    ]);
  });

  it("leaves out questions answered in the next turns", () => {
    expect(
      questions([
        "Alice: What's the budget for the campaign this quarter?",
        "Bob: It's twenty thousand euros.",
        "Ana: ¿Cuándo sale la nueva versión de la app?",
        "Luis: Sí, la semana que viene.",
      ]),
    ).toEqual([]);
  });

  it("keeps a question whose only reply is 'I don't know'", () => {
    expect(
      questions(["Alice: Who owns the vendor contract renewal now?", "Bob: Honestly, I don't know."]),
    ).toEqual([{ text: "Who owns the vendor contract renewal now?", seqs: [0] }]);
  });

  it("leaves out tag questions, check-ins, requests and questions the speaker answers", () => {
    expect(
      questions([
        "Alice: The demo went well, right?",
        "Bob: Can you hear me now?",
        "Carol: Can you send me the contract by Friday?",
        "Alice: So what does this mean for us? It means we need two more engineers before the summer.",
        "Luis: ¿Alguna pregunta?",
      ]),
    ).toEqual([]);
  });
});
