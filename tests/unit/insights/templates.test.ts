import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import type { TemplateId } from "@/lib/insights/types";
import { meeting } from "./meeting";

const analyze = (lines: string[], template: TemplateId, participants?: string[]) =>
  analyzeLocally(meeting(lines, { template, ...(participants ? { participants } : {}) }));

const STANDUP = [
  "Ana: Yesterday I finished the login form and merged the validation changes.",
  "Ana: Today I'm pairing with Luis on the password reset emails.",
  "Luis: I'm blocked on the staging database credentials from the platform team.",
  "Luis: Apart from that, the export feature is going well and the tests pass.",
  "Marta: The design review for the dashboard went fine and nothing is pending.",
];

describe("templates", () => {
  it("stand-up: leads the key points with blockers, yesterday and today", () => {
    const points = analyze(STANDUP, "standup").keyPoints.map((point) => point.text);
    expect(points[0]).toBe(
      "Blocker: I'm blocked on the staging database credentials from the platform team.",
    );
    expect(points[1]).toMatch(/^Yesterday: Yesterday I finished the login form/);
    expect(points[2]).toMatch(/^Today: Today I'm pairing with Luis/);
    const plain = analyze(STANDUP, "default").keyPoints.map((point) => point.text);
    expect(plain.some((text) => text.startsWith("Blocker:"))).toBe(false);
  });

  it("stand-up: reads today's plan as the speaker's commitment", () => {
    expect(analyze(STANDUP, "standup").actionItems).toContainEqual({
      text: "Pairing with Luis on the password reset emails",
      owner: "Ana",
      dueDate: "2026-03-04",
      seq: 1,
    });
    expect(analyze(STANDUP, "default").actionItems).toEqual([]);
  });

  it("sales call: surfaces pricing and competitors, and the seller's 'we'll' commitments", () => {
    const lines = [
      "Rep: Thanks for joining, today I'd like to understand how your team handles meeting notes.",
      "Buyer: Right now we're currently using Otter, but it's too expensive for twelve people.",
      "Rep: Our pricing is eight euros per user per month, with a discount for annual plans.",
      "Buyer: We also looked at Fireflies as an alternative for the sales team.",
      "Rep: We'll send over the proposal on Friday.",
    ];
    const sales = analyze(lines, "sales_call");
    const labels = sales.keyPoints.map((point) => point.text.split(":")[0]);
    expect(labels).toEqual(expect.arrayContaining(["Pricing", "Objection", "Competitor", "Next step"]));
    expect(sales.actionItems).toEqual([
      { text: "Send over the proposal", owner: "Rep", dueDate: "2026-03-06", seq: 4 },
    ]);
    expect(analyze(lines, "default").actionItems).toEqual([]);
  });

  it("one-on-one: a request that names nobody is for the other person", () => {
    const lines = [
      "Manager: Your demo to the client was really good, nice work.",
      "Manager: Could you write up the onboarding checklist by next Friday?",
      "Report: I'd like to grow into a tech lead role this year.",
    ];
    expect(analyze(lines, "one_on_one").actionItems).toEqual([
      { text: "Write up the onboarding checklist", owner: "Report", dueDate: "2026-03-13", seq: 1 },
    ]);
    expect(analyze(lines, "default").actionItems[0]?.owner).toBeNull();
    expect(analyze(lines, "one_on_one").keyPoints.map((point) => point.text.split(":")[0])).toEqual(
      expect.arrayContaining(["Feedback", "Growth"]),
    );
  });

  it("safety inspection: turns findings into corrective actions, in Spanish and English", () => {
    const lines = [
      "Inspector: En la planta baja hay riesgo de tropiezo por cables sueltos.",
      "Inspector: Se debe reponer el extintor de la zona de carga antes del viernes.",
      "Encargado: Dos operarios no llevaban casco ni arnés en el andamio.",
      "Inspector: The guardrail on level two must be repaired.",
    ];
    const safety = analyze(lines, "safety_inspection");
    expect(safety.actionItems).toEqual([
      { text: "Reponer el extintor de la zona de carga", owner: null, dueDate: "2026-03-06", seq: 1 },
      { text: "Repair the guardrail on level two", owner: null, dueDate: null, seq: 3 },
    ]);
    expect(safety.keyPoints.map((point) => point.text.split(":")[0])).toEqual(
      expect.arrayContaining(["Riesgo", "EPI", "Medida correctora"]),
    );
    expect(analyze(lines, "default").actionItems).toEqual([]);
  });
});
