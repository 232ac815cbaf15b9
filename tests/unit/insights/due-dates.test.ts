import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { calendarDateIn } from "@/lib/insights/local/calendar";
import { findDueDate } from "@/lib/insights/local/due-dates";
import { meeting } from "./meeting";

const WEDNESDAY = { year: 2026, month: 3, day: 4 };
const due = (text: string, language: "es" | "en" = "en", today = WEDNESDAY) =>
  findDueDate(text, today, language)?.date ?? null;

describe("due dates said in a meeting on Wednesday 2026-03-04", () => {
  it("resolves today and tomorrow in both languages", () => {
    expect(due("send it today")).toBe("2026-03-04");
    expect(due("lo tengo hoy", "es")).toBe("2026-03-04");
    expect(due("by tomorrow")).toBe("2026-03-05");
    expect(due("mañana por la mañana", "es")).toBe("2026-03-05");
    expect(due("pasado mañana", "es")).toBe("2026-03-06");
    expect(due("the day after tomorrow")).toBe("2026-03-06");
  });

  it("does not read 'esta mañana' (this morning) as tomorrow", () => {
    expect(due("lo envié esta mañana", "es")).toBeNull();
  });

  it("takes a bare weekday as the next one after today", () => {
    expect(due("by Friday")).toBe("2026-03-06");
    expect(due("el viernes", "es")).toBe("2026-03-06");
    expect(due("on Monday")).toBe("2026-03-09");
    // Said on a Wednesday, "Wednesday" means next week's.
    expect(due("on Wednesday")).toBe("2026-03-11");
  });

  it("takes 'next <weekday>' as that day of the following week", () => {
    expect(due("next Friday")).toBe("2026-03-13");
    expect(due("el próximo martes", "es")).toBe("2026-03-10");
    expect(due("el viernes que viene", "es")).toBe("2026-03-13");
    expect(due("Thursday next week")).toBe("2026-03-12");
  });

  it("takes next week as its Monday and end of week as the coming Friday", () => {
    expect(due("next week")).toBe("2026-03-09");
    expect(due("la semana que viene", "es")).toBe("2026-03-09");
    expect(due("by the end of the week")).toBe("2026-03-06");
    expect(due("para el fin de semana", "es")).toBe("2026-03-06");
    expect(due("this week")).toBe("2026-03-06");
    expect(due("esta semana", "es")).toBe("2026-03-06");
    expect(due("end of the week", "en", { year: 2026, month: 3, day: 7 })).toBe("2026-03-13");
  });

  it("counts spans from today and ends months on their last day", () => {
    expect(due("in two weeks")).toBe("2026-03-18");
    expect(due("en dos semanas", "es")).toBe("2026-03-18");
    expect(due("dentro de 10 días", "es")).toBe("2026-03-14");
    expect(due("end of month")).toBe("2026-03-31");
    expect(due("a fin de mes", "es")).toBe("2026-03-31");
    expect(due("next month")).toBe("2026-04-01");
    expect(due("este mes", "es")).toBe("2026-03-31");
  });

  it("reads written dates, rolling past ones into next year", () => {
    expect(due("by March 10")).toBe("2026-03-10");
    expect(due("March 3rd")).toBe("2027-03-03");
    expect(due("el 3 de abril", "es")).toBe("2026-04-03");
    expect(due("15 de marzo de 2027", "es")).toBe("2027-03-15");
    expect(due("on the 20th")).toBe("2026-03-20");
    expect(due("para el 15", "es")).toBe("2026-03-15");
    expect(due("el 2", "es")).toBe("2026-04-02");
  });

  it("reads numeric dates day-first in Spanish and only unambiguous ones in English", () => {
    expect(due("15/03", "es")).toBe("2026-03-15");
    expect(due("05/04", "es")).toBe("2026-04-05");
    expect(due("3/15")).toBe("2026-03-15");
    expect(due("15/3")).toBe("2026-03-15");
    expect(due("05/04")).toBeNull();
  });

  it("finds no date where none is stated", () => {
    expect(due("we may 3 options")).toBeNull();
    expect(due("el 3 es mejor", "es")).toBeNull();
    expect(due("February 30")).toBeNull();
    expect(due("I'll send the deck")).toBeNull();
  });
});

describe("due dates that need a closer reading", () => {
  it("reads 'mañana' after a word ending in -la as tomorrow", () => {
    expect(due("Coloco la barandilla mañana", "es")).toBe("2026-03-05");
    expect(due("Colocarla mañana", "es")).toBe("2026-03-05");
    expect(due("lo dejamos para la mañana del lunes", "es")).toBe("2026-03-09");
  });

  it("reads one date from phrases that touch, taking the most specific", () => {
    expect(due("by the 3rd of March")).toBe("2027-03-03");
    expect(due("by the 20th of March")).toBe("2026-03-20");
    const thursday = { year: 2025, month: 3, day: 6 };
    expect(due("el jueves 6 de marzo", "es", thursday)).toBe("2025-03-06");
    expect(due("by end of day Friday")).toBe("2026-03-06");
    expect(due("next week on Tuesday")).toBe("2026-03-10");
    expect(
      findDueDate("envíalo el jueves 6 de marzo sin falta", { year: 2025, month: 3, day: 6 }, "es"),
    ).toEqual({ date: "2025-03-06", start: 8, end: 28 });
  });

  it("ends a named month on its last day and reads its middle as the 15th", () => {
    expect(due("a finales de marzo", "es")).toBe("2026-03-31");
    expect(due("by the end of March")).toBe("2026-03-31");
    expect(due("en abril", "es")).toBe("2026-04-30");
    expect(due("in February")).toBe("2027-02-28");
    expect(due("a mediados de abril", "es")).toBe("2026-04-15");
    expect(due("we met in may")).toBeNull();
    expect(due("salimos en mar abierto", "es")).toBeNull();
  });

  it("resolves a touching weekday and date in the user's timezone against the meeting date", () => {
    // 23:30 UTC on Wednesday 5 March 2025 is already Thursday 6 March in Madrid.
    const lines = ["Ana: Mando el informe el jueves 6 de marzo."];
    const at = new Date("2025-03-05T23:30:00Z");
    const items = analyzeLocally(meeting(lines, { meetingDate: at, timezone: "Europe/Madrid" })).actionItems;
    expect(items).toEqual([{ text: "Mandar el informe", owner: "Ana", dueDate: "2025-03-06", seq: 0 }]);
  });
});

describe("the meeting's calendar date", () => {
  it("is taken in the user's timezone, not UTC", () => {
    const lateEvening = new Date("2026-03-04T23:30:00Z");
    expect(calendarDateIn(lateEvening, "America/Los_Angeles")).toEqual({ year: 2026, month: 3, day: 4 });
    expect(calendarDateIn(lateEvening, "Europe/Madrid")).toEqual({ year: 2026, month: 3, day: 5 });
  });

  it("resolves 'tomorrow' from the local date of the meeting", () => {
    const lines = ["Bob: I'll send the report tomorrow."];
    const at = new Date("2026-03-04T23:30:00Z");
    const inLosAngeles = analyzeLocally(meeting(lines, { meetingDate: at, timezone: "America/Los_Angeles" }));
    const inMadrid = analyzeLocally(meeting(lines, { meetingDate: at, timezone: "Europe/Madrid" }));
    expect(inLosAngeles.actionItems[0]?.dueDate).toBe("2026-03-05");
    expect(inMadrid.actionItems[0]?.dueDate).toBe("2026-03-06");
  });

  it("falls back to UTC for an unknown timezone, and keeps the words when the meeting date is invalid", () => {
    expect(calendarDateIn(new Date("2026-03-04T23:30:00Z"), "Mars/Olympus")).toEqual({
      year: 2026,
      month: 3,
      day: 4,
    });
    const items = analyzeLocally(
      meeting(["Bob: I'll send the report tomorrow."], { meetingDate: new Date("nope") }),
    ).actionItems;
    expect(items).toEqual([{ text: "Send the report tomorrow", owner: "Bob", dueDate: null, seq: 0 }]);
  });
});
