import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import type { Segment } from "@/lib/insights/types";
import { meeting } from "./meeting";

const SNIPPETS = [
  "Ana: Bueno, el presupuesto de la campaña de verano está casi cerrado, falta el coste de los anuncios.",
  "Luis: Vale. Yo me encargo de pedir tres presupuestos a las agencias el lunes.",
  "Marta: ¿Y quién revisa los textos de la web antes del lanzamiento?",
  "Ana: Luis, ¿puedes revisar tú los textos de la web para el viernes?",
  "Luis: Sí, claro, sin problema.",
  "Marta: Decidimos lanzar la campaña el quince de junio.",
];

describe("analyzing a meeting locally", () => {
  it("returns empty insights for a meeting with no segments", () => {
    expect(analyzeLocally(meeting([]))).toEqual({
      summary: "",
      keyPoints: [],
      decisions: [],
      questions: [],
      actionItems: [],
      keywords: [],
      watchlistHits: [],
      talkTime: [],
      engine: "local",
      template: "default",
    });
  });

  it("returns empty notes when segments hold only markers and fillers", () => {
    const insights = analyzeLocally(meeting(["Bob: {vocalsound} um", "Alice: uh {gap}"]));
    expect(insights.summary).toBe("");
    expect(insights.keyPoints).toEqual([]);
    expect(insights.talkTime.map((entry) => entry.speaker)).toEqual(["Alice", "Bob"]);
  });

  it("summarises a one-segment meeting with that segment", () => {
    const insights = analyzeLocally(
      meeting([
        "Bob: The supplier confirmed the delivery of the new laptops for the sales team next Tuesday.",
      ]),
    );
    expect(insights.summary).toBe(
      "Bob said the supplier confirmed the delivery of the new laptops for the sales team next Tuesday.",
    );
    expect(insights.keyPoints).toEqual([
      {
        text: "The supplier confirmed the delivery of the new laptops for the sales team next Tuesday.",
        seqs: [0],
      },
    ]);
    expect(insights.talkTime).toEqual([{ speaker: "Bob", ms: 5000 }]);
  });

  it("summarises a meeting of short sentences rather than leaving the summary empty", () => {
    const insights = analyzeLocally(meeting(["Bob: Ship it Friday.", "Alice: Okay."]));
    expect(insights.summary).toBe("Bob said to ship it Friday.");
  });

  it("gives the same insights for the same input, whatever the segment order", () => {
    const input = meeting(SNIPPETS, { watchlist: ["presupuesto"] });
    const first = analyzeLocally(input);
    expect(analyzeLocally(structuredClone(input))).toEqual(first);
    expect(analyzeLocally({ ...input, segments: [...input.segments].reverse() })).toEqual(first);
  });

  it("brings every part of the insights together for a Spanish meeting", () => {
    const insights = analyzeLocally(meeting(SNIPPETS, { watchlist: ["presupuesto"] }));
    expect(insights.actionItems).toEqual([
      { text: "Pedir tres presupuestos a las agencias", owner: "Luis", dueDate: "2026-03-09", seq: 1 },
      { text: "Revisar los textos de la web", owner: "Luis", dueDate: "2026-03-06", seq: 3 },
    ]);
    expect(insights.decisions).toEqual([
      { text: "Decidimos lanzar la campaña el quince de junio.", seqs: [5] },
    ]);
    expect(insights.keywords).toContainEqual({ term: "presupuesto", count: 2, seqs: [0, 1] });
    // "presupuesto" on the watchlist finds "presupuestos" too.
    expect(insights.watchlistHits.map((hit) => hit.seq)).toEqual([0, 1]);
    expect(insights.template).toBe("default");
    expect(insights.engine).toBe("local");
  });

  it("uses the language it is given instead of detecting one", () => {
    const lines = ["Inspector: Hay riesgo de caída en el andamio de la fachada norte, falta la barandilla."];
    const label = (language: "auto" | "en") =>
      analyzeLocally(meeting(lines, { language, template: "safety_inspection" })).keyPoints[0]?.text.split(
        ":",
      )[0];
    expect(label("auto")).toBe("Riesgo");
    expect(label("en")).toBe("Hazard");
  });

  it("analyzes 10,000 segments", () => {
    const segments: Segment[] = Array.from({ length: 10_000 }, (_, seq) => ({
      seq,
      speaker: ["Ana", "Luis", "Marta"][seq % 3] as string,
      text: `${(SNIPPETS[seq % SNIPPETS.length] as string).split(": ")[1]} Punto ${seq}.`,
      startMs: seq * 3000,
      endMs: seq * 3000 + 2500,
    }));
    const insights = analyzeLocally({ ...meeting([]), segments });
    expect(insights.summary.length).toBeGreaterThan(0);
    expect(insights.talkTime).toEqual([
      { speaker: "Ana", ms: 3334 * 2500 },
      { speaker: "Luis", ms: 3333 * 2500 },
      { speaker: "Marta", ms: 3333 * 2500 },
    ]);
    // The snippets hold four distinct topics (weekdays are not topics), so four points, not five.
    expect(insights.keyPoints.length).toBeGreaterThanOrEqual(4);
    expect(insights.keyPoints.length).toBeLessThanOrEqual(8);
    // Speed is measured by bench/insights/run.ts; this only has to finish on a busy CI machine.
  }, 30_000);
});
