import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import type { ExtractedActionItem } from "@/lib/insights/types";
import { meeting } from "./meeting";

type Row = {
  lines: string[];
  participants?: string[];
  /** Defaults to Wednesday 4 March 2026 in Madrid. */
  meetingDate?: Date;
  expected: ExtractedActionItem[];
};

const item = (text: string, owner: string | null, dueDate: string | null, seq = 0): ExtractedActionItem => ({
  text,
  owner,
  dueDate,
  seq,
});

const actionItems = (row: Row) =>
  analyzeLocally(
    meeting(row.lines, {
      ...(row.participants ? { participants: row.participants } : {}),
      ...(row.meetingDate ? { meetingDate: row.meetingDate } : {}),
    }),
  ).actionItems;

const ENGLISH: Row[] = [
  {
    lines: ["Ana: Let's schedule a call with the vendor next week."],
    expected: [item("Schedule a call with the vendor", null, "2026-03-09")],
  },
  {
    lines: ["Ana: I'll talk to legal about the contract."],
    expected: [item("Talk to legal about the contract", "Ana", null)],
  },
  {
    lines: ["Ana: I'll ask the vendor for a revised quote by Monday."],
    expected: [item("Ask the vendor for a revised quote", "Ana", "2026-03-09")],
  },
  {
    lines: ["Ana: I'll add the metrics to the dashboard."],
    expected: [item("Add the metrics to the dashboard", "Ana", null)],
  },
  {
    lines: ["Ana: I'll present the results to the board next Thursday."],
    expected: [item("Present the results to the board", "Ana", "2026-03-12")],
  },
  {
    lines: ["Ana: Make sure the release notes go out on Friday."],
    expected: [item("Make sure the release notes go out", null, "2026-03-06")],
  },
  {
    lines: ["Ana: The pager keeps waking Ana up, so Tom will cover the on-call shift."],
    participants: ["Ana", "Tom"],
    expected: [item("Cover the on-call shift", "Tom", null)],
  },
  {
    lines: ["Bob: Do we know the final headcount?", "Ana: I'll get back to you on that by March 3rd."],
    meetingDate: new Date("2026-02-20T10:00:00+01:00"),
    expected: [item("Get back to Bob on that", "Ana", "2026-03-03", 1)],
  },
  {
    lines: ["Ana: Can you send me the slides after the call?", "Bob: Yeah, I'll send them over tonight."],
    expected: [item("Send Ana the slides after the call", "Bob", "2026-03-04")],
  },
  {
    lines: ["Ana: Can you send me the slides after the call?"],
    expected: [item("Send Ana the slides after the call", null, null)],
  },
  {
    lines: ["Ana: John will prepare the budget by Friday."],
    participants: ["Ana"],
    expected: [item("Prepare the budget", "John", "2026-03-06")],
  },
  {
    lines: ["Ana: Let's review the contract next week."],
    expected: [item("Review the contract", null, "2026-03-09")],
  },
];

const SPANISH: Row[] = [
  {
    lines: ["Ana: Tenemos que hablar con el cliente."],
    expected: [item("Hablar con el cliente", null, null)],
  },
  {
    lines: ["Ana: Voy a hablar con RR. HH."],
    expected: [item("Hablar con RR. HH.", "Ana", null)],
  },
  {
    lines: ["Ana: Carlos se encarga de hablar con legal."],
    participants: ["Ana", "Carlos"],
    expected: [item("Hablar con legal", "Carlos", null)],
  },
  {
    lines: ["Ana: Carlos se encarga de preparar el informe."],
    participants: ["Ana"],
    expected: [item("Preparar el informe", "Carlos", null)],
  },
  {
    lines: ["Ana: Mañana llamo al cliente."],
    expected: [item("Llamar al cliente", "Ana", "2026-03-05")],
  },
  {
    lines: ["Ana: Reviso el contrato el viernes."],
    expected: [item("Revisar el contrato", "Ana", "2026-03-06")],
  },
  {
    lines: ["Ana: Quedamos en que Luis manda la propuesta."],
    participants: ["Ana", "Luis"],
    expected: [item("Mandar la propuesta", "Luis", null)],
  },
];

// Said in every meeting, never a task.
const NOT_TASKS: string[] = [
  "Ana: Grab a coffee first, haha.",
  "Ana: Let me grab a coffee first, haha.",
  "Ana: Stay on mute when you're not talking.",
  "Ana: Please stay on mute when you're not talking.",
  "Ana: Include it.",
  "Ana: I'll include it.",
  "Ana: Welcome everyone, let's review the launch budget.",
  "Ana: Let me ask you something.",
  "Ana: I'll talk about the roadmap.",
  "Ana: I'll add that it's risky.",
  "Ana: I'll present my screen.",
  "Ana: I'll cover that in a second.",
  "Ana: Let's call it a day.",
  "Ana: Revenue will grow next quarter.",
  "Ana: I'll talk to you later.",
  "Ana: Vamos a hablar del presupuesto.",
  "Ana: Paso a la siguiente diapositiva.",
  "Ana: Mañana hablamos.",
];

describe("commitments and requests, as people phrase them", () => {
  it.each(ENGLISH)("in English: $lines", (row) => {
    expect(actionItems(row)).toEqual(row.expected);
  });

  it.each(SPANISH)("in Spanish: $lines", (row) => {
    expect(actionItems(row)).toEqual(row.expected);
  });

  it.each(NOT_TASKS)("finds no task in %s", (line) => {
    expect(actionItems({ lines: [line], expected: [] })).toEqual([]);
  });
});
