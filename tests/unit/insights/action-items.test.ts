import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { meeting } from "./meeting";

const actionItems = (lines: string[], participants?: string[]) =>
  analyzeLocally(meeting(lines, participants ? { participants } : {})).actionItems;

describe("action items in Spanish", () => {
  it("gives a request to the person addressed by name, due on the day stated", () => {
    const items = actionItems(["Luis: Ana, ¿puedes enviar el presupuesto el viernes?", "Ana: Claro."]);
    expect(items).toEqual([{ text: "Enviar el presupuesto", owner: "Ana", dueDate: "2026-03-06", seq: 0 }]);
  });

  it("reads the addressee between commas after tú", () => {
    const items = actionItems(
      ["Marta: ¿Puedes tú, Luis, revisar el contrato antes del 15?"],
      ["Marta", "Luis"],
    );
    expect(items).toEqual([{ text: "Revisar el contrato", owner: "Luis", dueDate: "2026-03-15", seq: 0 }]);
  });

  it("gives first-person commitments to the speaker", () => {
    const items = actionItems([
      "Ana: Yo me encargo de llamar al proveedor mañana.",
      "Luis: Voy a preparar la demo para el próximo martes.",
      "Marta: Te mando el acta la semana que viene.",
    ]);
    expect(items).toEqual([
      { text: "Llamar al proveedor", owner: "Ana", dueDate: "2026-03-05", seq: 0 },
      { text: "Preparar la demo", owner: "Luis", dueDate: "2026-03-10", seq: 1 },
      { text: "Mandar el acta", owner: "Marta", dueDate: "2026-03-09", seq: 2 },
    ]);
  });

  it("reads promises made in the present tense with 'yo'", () => {
    const items = actionItems([
      "Javier: Perfecto. Yo preparo el informe de la inspección para el 15 de marzo.",
      "Carmen: Vale, eso lo comento yo en la charla de seguridad del lunes.",
    ]);
    expect(items).toEqual([
      { text: "Preparar el informe de la inspección", owner: "Javier", dueDate: "2026-03-15", seq: 0 },
      { text: "Comentarlo en la charla de seguridad", owner: "Carmen", dueDate: "2026-03-09", seq: 1 },
    ]);
  });

  it("assigns a task to a participant named as its owner", () => {
    const items = actionItems(
      ["Ana: Luis se encarga de actualizar la hoja de cálculo.", "Ana: Marta se encarga del informe."],
      ["Ana", "Luis", "Marta"],
    );
    expect(items).toEqual([
      { text: "Actualizar la hoja de cálculo", owner: "Luis", dueDate: null, seq: 0 },
      { text: "Encargarse del informe", owner: "Marta", dueDate: null, seq: 1 },
    ]);
  });

  it("leaves team tasks and pending notes without an owner", () => {
    const items = actionItems([
      "Ana: Hay que renovar el dominio a fin de mes.",
      "Luis: Queda pendiente: revisar los descuentos con ventas.",
    ]);
    expect(items).toEqual([
      { text: "Renovar el dominio", owner: null, dueDate: "2026-03-31", seq: 0 },
      { text: "Revisar los descuentos con ventas", owner: null, dueDate: null, seq: 1 },
    ]);
  });

  it("tells 'sí' (yes) from 'si' (if)", () => {
    const items = actionItems([
      "Luis: Sí yo me encargo de llamar a la gestoría.",
      "Ana: Si tenemos que cambiar de gestoría, lo hablamos en junio.",
    ]);
    expect(items).toEqual([{ text: "Llamar a la gestoría", owner: "Luis", dueDate: null, seq: 0 }]);
  });

  it("ignores past events, hypotheticals, negations and check-ins", () => {
    const items = actionItems([
      "Ana: Ayer envié el informe al cliente.",
      "Luis: Si tuviéramos más presupuesto, habría que contratar a otra persona.",
      "Marta: No hay que cambiar nada del diseño.",
      "Luis: ¿Me oyes bien? ¿Puedes ver mi pantalla?",
      "Ana: Vamos a ver el siguiente punto.",
    ]);
    expect(items).toEqual([]);
  });
});

describe("action items in English", () => {
  it("gives a commitment to its speaker with the date stated", () => {
    const items = actionItems(["Bob: I'll send the deck by March 10."]);
    expect(items).toEqual([{ text: "Send the deck", owner: "Bob", dueDate: "2026-03-10", seq: 0 }]);
  });

  it("gives a request to whoever accepts it in the next turn", () => {
    const items = actionItems([
      "Alice: Can you send me the updated numbers by Friday?",
      "Carol: Sure, will do.",
    ]);
    expect(items).toEqual([
      { text: "Send Alice the updated numbers", owner: "Carol", dueDate: "2026-03-06", seq: 0 },
    ]);
  });

  it("gives a request to the addressee named at the end", () => {
    const items = actionItems([
      "Alice: Could you update the pricing page before next Friday, Bob?",
      "Bob: Yeah.",
    ]);
    expect(items).toEqual([{ text: "Update the pricing page", owner: "Bob", dueDate: "2026-03-13", seq: 0 }]);
  });

  it("owns nothing when the addressee is not a participant", () => {
    const items = actionItems(["Alice: Dave, can you book the venue for the offsite?"], ["Alice", "Bob"]);
    expect(items).toEqual([{ text: "Book the venue for the offsite", owner: null, dueDate: null, seq: 0 }]);
  });

  it("reads TODO notes and their named owner", () => {
    const items = actionItems(["Carol: TODO: Bob to book the venue next week."], ["Carol", "Bob"]);
    expect(items).toEqual([{ text: "Book the venue", owner: "Bob", dueDate: "2026-03-09", seq: 0 }]);
  });

  it("trims the task to the commitment, not the rambling around it", () => {
    const items = actionItems([
      "Bob: So yeah, I'm going to follow up with legal tomorrow because they still haven't signed, you know.",
    ]);
    expect(items).toEqual([{ text: "Follow up with legal", owner: "Bob", dueDate: "2026-03-05", seq: 0 }]);
  });

  it("ignores past tense, hypotheticals, questions and in-meeting talk", () => {
    const items = actionItems([
      "Bob: I already sent the draft yesterday.",
      "Alice: If we were to redesign the page, we'd need to hire an agency.",
      "Carol: Should we send it to the whole team?",
      "Alice: Can you hear me? Can you see my screen?",
      "Bob: I'll be honest, the launch is risky.",
      "Carol: Let me know what you think.",
      "Alice: We need to talk about the budget.",
      "Bob: I was going to mention the budget too.",
    ]);
    expect(items).toEqual([]);
  });

  it("keeps one of two near-identical commitments and merges what each knew", () => {
    const items = actionItems([
      "Bob: I'll send the contract to legal.",
      "Alice: Great.",
      "Bob: Yes, I will send the contract to legal on Friday.",
    ]);
    expect(items).toEqual([
      { text: "Send the contract to legal", owner: "Bob", dueDate: "2026-03-06", seq: 0 },
    ]);
  });
});
