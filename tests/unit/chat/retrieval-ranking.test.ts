import { describe, expect, it } from "vitest";
import { analyzeQuery, questionLanguage } from "@/lib/chat/query-terms";
import { mentionedSpeakers, rankTurns } from "@/lib/chat/rank-turns";
import { distinctTurns } from "@/lib/chat/select-passages";
import { statsFor, turnsFrom } from "./fixtures";

const filler = (n: number, speaker = "Ben") =>
  Array.from({ length: n }, (_, i) => `${speaker}: We talked about lunch options and parking number ${i}.`);

function rank(question: string, lines: string[]) {
  const turns = turnsFrom(lines);
  const query = analyzeQuery(question);
  return rankTurns(query, turns, statsFor(question, turns));
}

describe("query analysis", () => {
  it("tells Spanish from English by accents and function words", () => {
    expect(questionLanguage("¿Qué decidimos sobre el presupuesto?")).toBe("es");
    expect(questionLanguage("que dijo Ana de los costes")).toBe("es");
    expect(questionLanguage("What did we decide about the budget?")).toBe("en");
  });

  it("keeps topic words at full weight and question phrasing at a low weight", () => {
    const query = analyzeQuery("What did the team think about the launch budget?");
    const weight = (word: string) => query.terms.find((term) => term.word === word)?.weight;
    expect(weight("launch")).toBe(1);
    expect(weight("budget")).toBe(1);
    expect(weight("think")).toBeLessThan(1);
    expect(query.terms.some((term) => term.word === "the")).toBe(false);
  });

  it("adds Spanish and English synonyms at a lower weight", () => {
    const query = analyzeQuery("presupuesto");
    const budget = query.terms.find((term) => term.word === "budget");
    expect(budget?.weight).toBeLessThan(1);
    expect(budget?.source).toBe("presupuesto");
  });

  it("searches an acronym as a transcript spelling its letters out writes it too", () => {
    const spelled = (question: string, word: string) =>
      analyzeQuery(question).terms.find((term) => term.word === word)?.spelled;
    expect(spelled("Why did Marketing want an LCD screen?", "lcd")).toBe("l_c_d_");
    expect(spelled("what about the lcd", "lcd")).toBe("l_c_d_");
    expect(spelled("What about the screen?", "screen")).toBeUndefined();
  });

  it("searches the British or American spelling of a word as the word itself", () => {
    const query = analyzeQuery("What colour and materials did they organize?");
    const other = (word: string) => query.terms.find((term) => term.word === word);
    expect(other("color")).toMatchObject({ weight: 1, source: "colour" });
    expect(other("organise")).toMatchObject({ weight: 1, source: "organize" });
  });

  it("reads a possessive as its noun", () => {
    const words = analyzeQuery("Summarize the group's plan and the customers' taste.").terms.map(
      (t) => t.word,
    );
    expect(words).toContain("plan");
    expect(words).toContain("customers");
    expect(words).not.toContain("group's");
  });
});

describe("ranking turns", () => {
  it("finds an acronym the transcript spells out ('L_C_D_')", () => {
    const ranked = rank("Why did Marketing want an LCD?", [
      ...filler(5),
      "Ana: The L_C_D_ costs more {vocalsound} but the trends say L_C_D_s sell.",
      ...filler(5),
    ]);
    expect(ranked[0]?.text).toContain("L_C_D_");
    expect(ranked[0]?.matched).toContain("lcd");
  });

  it("ranks the turn that has the question's rare words first", () => {
    const ranked = rank("When is the product launch?", [
      ...filler(5),
      "Ana: The product launch is planned for the ninth of May.",
      ...filler(5),
    ]);
    expect(ranked[0]?.seq).toBe(5);
  });

  it("prefers a turn inside a stretch of talk about the topic over an isolated mention", () => {
    const ranked = rank("supplier contract", [
      "Ana: One supplier sent flowers.",
      ...filler(30),
      "Ben: The supplier wants a longer contract.",
      "Ana: The contract renewal needs legal review.",
      "Ben: Legal says the supplier contract is fine.",
      ...filler(30),
    ]);
    expect([31, 32, 33]).toContain(ranked[0]?.seq);
    expect(ranked.findIndex((turn) => turn.seq === 0)).toBeGreaterThan(2);
  });

  it("lifts turns by the speaker the question names", () => {
    const ranked = rank("What did Carla think about the budget?", [
      "Ben: The budget looks fine to me.",
      ...filler(30),
      "Carla: The budget is too small for the launch.",
      ...filler(30),
    ]);
    expect(ranked[0]?.speaker).toBe("Carla");
  });

  it("finds an English meeting's words from a Spanish question through synonyms", () => {
    const ranked = rank("¿Qué se dijo del presupuesto?", [
      ...filler(5),
      "Ana: The budget was cut by ten percent.",
      ...filler(5),
    ]);
    expect(ranked[0]?.seq).toBe(5);
    expect(ranked[0]?.matched).toContain("presupuesto");
  });

  it("matches inflected forms through stems", () => {
    const ranked = rank("recording equipment", [
      ...filler(5),
      "Ana: We recorded it with new equipments.",
      ...filler(5),
    ]);
    expect(ranked[0]?.seq).toBe(5);
  });

  it("returns one turn per stretch of talk for the top results", () => {
    const turns = turnsFrom([
      "Ana: The budget review.",
      "Ben: The budget is late.",
      "Ana: Budget again.",
      ...filler(40),
      "Ben: A budget question much later.",
    ]);
    const question = "budget";
    const ranked = rankTurns(analyzeQuery(question), turns, statsFor(question, turns));
    const top = distinctTurns(ranked, 10);
    expect(top.map((turn) => turn.seq).filter((seq) => seq <= 2)).toHaveLength(1);
    expect(top.some((turn) => turn.seq === 43)).toBe(true);
  });
});

describe("speakers named in the question", () => {
  it("matches full role names over partial ones", () => {
    const query = analyzeQuery("What did the user interface designer recommend?");
    const match = mentionedSpeakers(query, ["User Interface", "Industrial Designer", "Marketing"]);
    expect([...match.speakers]).toEqual(["User Interface"]);
    expect(match.complete).toBe(true);
  });

  it("matches a speaker letter written as a capital", () => {
    const query = analyzeQuery("What did D think about the setup?");
    expect([...mentionedSpeakers(query, ["Grad A", "Grad D", "Professor C"]).speakers]).toEqual(["Grad D"]);
  });
});
