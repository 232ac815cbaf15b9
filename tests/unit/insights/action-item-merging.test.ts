import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { meeting } from "./meeting";

const actionItems = (lines: string[]) => analyzeLocally(meeting(lines)).actionItems;

describe("action items: one per commitment", () => {
  it("merges the same owner taking on the same thing in other words", () => {
    expect(
      actionItems([
        "Priya: The login bug is bad. I'll own the fix.",
        "Tom: Great, thanks.",
        "Priya: Yes, I will have a fix ready by Friday.",
      ]),
    ).toEqual([{ text: "Have a fix ready", owner: "Priya", dueDate: "2026-03-06", seq: 0 }]);
  });

  it("keeps the fuller wording when a Spanish task recurs", () => {
    expect(
      actionItems([
        "Marta: Tengo que revisar el contrato esta semana.",
        "Luis: Vale.",
        "Marta: Voy a revisar el contrato con legal el jueves.",
      ]),
    ).toEqual([{ text: "Revisar el contrato con legal", owner: "Marta", dueDate: "2026-03-06", seq: 0 }]);
  });

  it("merges a follow-up that names the task by a pronoun, same owner and day", () => {
    expect(
      actionItems([
        "Pedro Sánchez: Las piezas las tengo en el almacén. Yo me encargo de colocarla mañana a primera hora.",
        "Carlos Herrera: Pues apúntalo así: Pedro se encarga de colocar la barandilla mañana.",
      ]),
    ).toEqual([{ text: "Colocar la barandilla", owner: "Pedro Sánchez", dueDate: "2026-03-05", seq: 0 }]);
  });

  it("merges one person's task said twice with most of its objects in common", () => {
    expect(
      actionItems([
        "Marta: Yo preparo un artículo en el centro de ayuda y un mensaje para los clientes de la beta.",
        "Ana: Marta, ¿puedes tener el artículo y el mensaje listos para el lunes?",
        "Marta: Sí, sin problema.",
      ]),
    ).toEqual([
      {
        text: "Preparar un artículo en el centro de ayuda y un mensaje para los clientes de la beta",
        owner: "Marta",
        dueDate: "2026-03-09",
        seq: 0,
      },
    ]);
  });

  it("keeps a team task apart from someone's task that shares one word with it", () => {
    const items = actionItems([
      "Lucía: No se puede trabajar así. Hay que sacar a la gente de ese tramo ya.",
      "Carlos: Pedro se encarga de colocar la barandilla mañana, y hasta entonces ese tramo queda señalizado.",
    ]);
    expect(items.map((item) => [item.owner, item.text.split(" ")[0]])).toEqual([
      [null, "Sacar"],
      ["Pedro", "Colocar"],
    ]);
  });

  it("keeps the same task for two different owners apart", () => {
    const items = actionItems([
      "Marta: Voy a revisar el contrato con legal el jueves.",
      "Luis: Y yo voy a revisar el contrato de soporte el viernes.",
    ]);
    expect(items.map((item) => item.owner)).toEqual(["Marta", "Luis"]);
  });
});

describe("action items: wording", () => {
  it("reads a Spanish promise in the future tense", () => {
    expect(
      actionItems(["Ana: Yo enviaré la solicitud de presupuesto antes del viernes.", "Luis: Perfecto."]),
    ).toEqual([{ text: "Enviar la solicitud de presupuesto", owner: "Ana", dueDate: "2026-03-06", seq: 0 }]);
    expect(actionItems(["Luis: Se lo mandaré a Marta mañana."])).toEqual([
      { text: "Mandarlo a Marta", owner: "Luis", dueDate: "2026-03-05", seq: 0 },
    ]);
  });

  it("does not read 'quiere' or other words ending like the future as a promise", () => {
    expect(actionItems(["Ana: El cliente quiere el contrato firmado.", "Luis: Eso libre no queda."])).toEqual(
      [],
    );
  });

  it("drops 'at the latest' and never lists a task that is only urgency", () => {
    expect(
      actionItems([
        "Sam: I'll submit it by Friday at the latest.",
        "Sam: I will submit the report at the latest on Monday.",
        "Ana: Enviaré el informe cuanto antes.",
      ]),
    ).toEqual([
      { text: "Submit the report", owner: "Sam", dueDate: "2026-03-09", seq: 1 },
      { text: "Enviar el informe", owner: "Ana", dueDate: null, seq: 2 },
    ]);
  });
});
