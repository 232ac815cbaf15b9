/**
 * Hand-written probe meetings for the local action-item extractor, Spanish and English, each with
 * the commitments a careful note-taker would list (owner and due date) and none for the probes
 * that only sound like tasks. Meetings happen on Wednesday 4 March 2026 in Madrid, so "Friday" is
 * 2026-03-06, "mañana" 2026-03-05, "next Tuesday" 2026-03-10 and "next week" Monday 2026-03-09.
 */
export type ExpectedItem = {
  owner: string | null;
  dueDate: string | null;
  /** A word the task must contain (any case), so an item for the wrong task doesn't count. */
  about: string;
};

export type ActionProbe = {
  language: "es" | "en";
  lines: string[];
  expected: ExpectedItem[];
  /** "unseen": written after the extractor was tuned, never tuned against. */
  set?: "tuned" | "unseen";
};

const item = (owner: string | null, dueDate: string | null, about: string): ExpectedItem => ({
  owner,
  dueDate,
  about,
});

const TUNED: ActionProbe[] = [
  // English commitments
  {
    language: "en",
    lines: ["Priya: I'll finalize the onboarding screens by Friday."],
    expected: [item("Priya", "2026-03-06", "onboarding")],
  },
  {
    language: "en",
    lines: ["Tom: I will send the revised contract to legal tomorrow."],
    expected: [item("Tom", "2026-03-05", "contract")],
  },
  {
    language: "en",
    lines: ["Sarah: I'm going to draft the pricing proposal next week."],
    expected: [item("Sarah", "2026-03-09", "proposal")],
  },
  {
    language: "en",
    lines: ["Raj: I need to update the migration ticket today."],
    expected: [item("Raj", "2026-03-04", "ticket")],
  },
  {
    language: "en",
    lines: ["Elena: Let me check the staging logs after lunch."],
    expected: [item("Elena", null, "logs")],
  },
  {
    language: "en",
    lines: ["Grace: Daniel, can you write the design doc by next Thursday?", "Daniel: Sure, no problem."],
    expected: [item("Daniel", "2026-03-12", "design doc")],
  },
  {
    language: "en",
    lines: ["Kim: Could you review the search ranking RFC before Monday?", "Marcus: Yes, I'll do it."],
    expected: [item("Marcus", "2026-03-09", "RFC")],
  },
  {
    language: "en",
    lines: ["Alice: Bob will book the venue for the offsite by the end of the week."],
    expected: [item("Bob", "2026-03-06", "venue")],
  },
  {
    language: "en",
    lines: [
      "Priya: The login bug is bad. I'll own the fix.",
      "Tom: Great, thanks.",
      "Priya: Yes, I will have a fix ready by Friday.",
    ],
    expected: [item("Priya", "2026-03-06", "fix")],
  },
  {
    language: "en",
    lines: ["Sam: I'll submit the expense report by Friday at the latest."],
    expected: [item("Sam", "2026-03-06", "report")],
  },
  {
    language: "en",
    lines: ["Nora: I'll call the carrier about the delayed shipment on Monday."],
    expected: [item("Nora", "2026-03-09", "carrier")],
  },
  {
    language: "en",
    lines: ["Leo: I'm gonna set up the demo environment tomorrow morning."],
    expected: [item("Leo", "2026-03-05", "demo")],
  },
  {
    language: "en",
    lines: ["Maya: I'll share the survey results with the team tonight."],
    expected: [item("Maya", "2026-03-04", "survey")],
  },
  {
    language: "en",
    lines: ["Omar: Hannah, please send me the invoice numbers by tomorrow.", "Hannah: Will do."],
    expected: [item("Hannah", "2026-03-05", "invoice")],
  },
  {
    language: "en",
    lines: ["Ivy: I'll follow up with the vendor on the delivery dates."],
    expected: [item("Ivy", null, "vendor")],
  },
  {
    language: "en",
    lines: ["Jack: I have to renew the SSL certificates before March 15."],
    expected: [item("Jack", "2026-03-15", "certificates")],
  },
  {
    language: "en",
    lines: [
      "Rosa: I'll prepare the board deck by next Tuesday.",
      "Rosa: And I'll schedule the customer interviews for next week.",
    ],
    expected: [item("Rosa", "2026-03-10", "deck"), item("Rosa", "2026-03-09", "interviews")],
  },
  {
    language: "en",
    lines: ["Ben: I will write up the meeting notes and email them to everyone today."],
    expected: [item("Ben", "2026-03-04", "notes")],
  },
  {
    language: "en",
    lines: ["Zoe: TODO: Carl to order the new laptops for the sales team."],
    expected: [item("Carl", null, "laptops")],
  },
  {
    language: "en",
    lines: ["Dev: Can you loop in your CFO before the end of the month?", "Tom: Yeah, I can do that."],
    expected: [item("Tom", "2026-03-31", "CFO")],
  },
  {
    language: "en",
    lines: ["Ana: I'll take care of the hotel bookings for the conference."],
    expected: [item("Ana", null, "hotel")],
  },
  {
    language: "en",
    lines: ["Luke: I'll look into the memory leak in the worker this afternoon."],
    expected: [item("Luke", "2026-03-04", "memory leak")],
  },
  {
    language: "en",
    lines: ["Mia: I'll get the security questionnaire back to you by Friday."],
    expected: [item("Mia", "2026-03-06", "questionnaire")],
  },
  {
    language: "en",
    lines: ["Paul: I'm going to test the backup restore on the new cluster next Monday."],
    expected: [item("Paul", "2026-03-09", "backup")],
  },
  {
    language: "en",
    lines: ["Kate: I'll reach out to the three pilot customers this week."],
    expected: [item("Kate", "2026-03-06", "customers")],
  },
  {
    language: "en",
    lines: ["Finn: I should finish the accessibility audit by the 20th."],
    expected: [item("Finn", "2026-03-20", "audit")],
  },
  {
    language: "en",
    lines: ["Ruth: Would you mind updating the roadmap slide for Thursday?", "Chris: Sure."],
    expected: [item("Chris", "2026-03-05", "roadmap")],
  },
  {
    language: "en",
    lines: ["Gus: I'll send Priya the security package this afternoon."],
    expected: [item("Gus", "2026-03-04", "security package")],
  },
  {
    language: "en",
    lines: ["Eva: I'll confirm the catering order with the office manager tomorrow."],
    expected: [item("Eva", "2026-03-05", "catering")],
  },
  {
    language: "en",
    lines: ["Ian: I'll present the Q3 numbers to the board next Thursday."],
    expected: [item("Ian", "2026-03-12", "numbers")],
  },
  {
    language: "en",
    lines: ["Lily: I'll review Elena's pull request before the freeze on Thursday."],
    expected: [item("Lily", "2026-03-05", "pull request")],
  },
  {
    language: "en",
    lines: ["Noah: I'm going to migrate the billing jobs to the new queue in two weeks."],
    expected: [item("Noah", "2026-03-18", "billing")],
  },

  // Spanish commitments
  {
    language: "es",
    lines: ["Ana: Yo enviaré la solicitud de presupuesto antes del viernes."],
    expected: [item("Ana", "2026-03-06", "solicitud")],
  },
  {
    language: "es",
    lines: ["Luis: Voy a preparar la demo para el próximo martes."],
    expected: [item("Luis", "2026-03-10", "demo")],
  },
  {
    language: "es",
    lines: ["Marta: Me encargo de llamar al proveedor mañana."],
    expected: [item("Marta", "2026-03-05", "proveedor")],
  },
  {
    language: "es",
    lines: ["Carlos: Te mando el acta la semana que viene."],
    expected: [item("Carlos", "2026-03-09", "acta")],
  },
  {
    language: "es",
    lines: ["Ana: Luis, ¿puedes preparar el presupuesto para el viernes?", "Luis: Sí, el viernes lo tienes."],
    expected: [item("Luis", "2026-03-06", "presupuesto")],
  },
  {
    language: "es",
    lines: [
      "Marta: Tengo que revisar el contrato esta semana.",
      "Luis: Vale.",
      "Marta: Voy a revisar el contrato con legal el jueves.",
    ],
    expected: [item("Marta", "2026-03-06", "contrato")],
  },
  {
    language: "es",
    lines: ["Javier: Yo preparo el informe de la inspección para el 15 de marzo."],
    expected: [item("Javier", "2026-03-15", "informe")],
  },
  {
    language: "es",
    lines: ["Carmen: Eso lo comento yo en la charla de seguridad del lunes."],
    expected: [item("Carmen", "2026-03-09", "charla")],
  },
  {
    language: "es",
    lines: ["Pedro: Mañana a primera hora coloco la barandilla de la tercera planta."],
    expected: [item("Pedro", "2026-03-05", "barandilla")],
  },
  {
    language: "es",
    lines: ["Lucía: Os paso el acta hoy por la tarde para que la firméis."],
    expected: [item("Lucía", "2026-03-04", "acta")],
  },
  {
    language: "es",
    lines: ["Elena: Mandaré el resumen de la reunión a todo el equipo mañana."],
    expected: [item("Elena", "2026-03-05", "resumen")],
  },
  {
    language: "es",
    lines: ["Raúl: Hablaré con recursos humanos sobre las vacaciones de agosto."],
    expected: [item("Raúl", null, "recursos humanos")],
  },
  {
    language: "es",
    lines: ["Sofía: Revisaré los precios del plan Pro antes del 15 de julio."],
    expected: [item("Sofía", "2026-07-15", "precios")],
  },
  {
    language: "es",
    lines: [
      "Ana: Marta, ¿puedes tener el artículo listo para el lunes por la tarde?",
      "Marta: Sí, el lunes por la tarde sin problema.",
    ],
    expected: [item("Marta", "2026-03-09", "artículo")],
  },
  {
    language: "es",
    lines: ["Diego: Me comprometo a cerrar los bugs del PDF antes del lunes."],
    expected: [item("Diego", "2026-03-09", "bugs")],
  },
  {
    language: "es",
    lines: ["Irene: Quedamos en que Pablo manda la propuesta el viernes."],
    expected: [item("Pablo", "2026-03-06", "propuesta")],
  },
  {
    language: "es",
    lines: ["Nuria: Luis se encarga de reservar la sala para la formación."],
    expected: [item("Luis", null, "sala")],
  },
  {
    language: "es",
    lines: ["Hugo: Se lo enviaré a la directora financiera antes de fin de mes."],
    expected: [item("Hugo", "2026-03-31", "directora")],
  },
  {
    language: "es",
    lines: ["Clara: Yo me ocupo de actualizar la hoja de costes esta semana."],
    expected: [item("Clara", "2026-03-06", "costes")],
  },
  {
    language: "es",
    lines: ["Tomás: ¿Me puedes enviar las facturas pendientes mañana?", "Julia: Claro, te las mando mañana."],
    expected: [item("Julia", "2026-03-05", "facturas")],
  },
  {
    language: "es",
    lines: ["Andrés: Voy a escribir a la empresa de ferralla hoy mismo."],
    expected: [item("Andrés", "2026-03-04", "ferralla")],
  },
  {
    language: "es",
    lines: ["Paula: Prepararé la formación sobre EPI para el próximo lunes."],
    expected: [item("Paula", "2026-03-09", "formación")],
  },
  {
    language: "es",
    lines: ["Óscar: Llamo a la empresa de mantenimiento mañana para que revisen los extintores."],
    expected: [item("Óscar", "2026-03-05", "mantenimiento")],
  },
  {
    language: "es",
    lines: [
      "Rocío: Voy a actualizar el roadmap con las fechas nuevas.",
      "Rocío: Y te reenvío el correo del cliente hoy.",
    ],
    expected: [item("Rocío", null, "roadmap"), item("Rocío", "2026-03-04", "correo")],
  },
  {
    language: "es",
    lines: ["Gabriel: Tengo que subir las fotos de la obra a la carpeta compartida el viernes."],
    expected: [item("Gabriel", "2026-03-06", "fotos")],
  },
  {
    language: "es",
    lines: ["Inés: Organizaré la reunión con el cliente para la semana que viene."],
    expected: [item("Inés", "2026-03-09", "reunión")],
  },
  {
    language: "es",
    lines: ["Ana: Javier, ¿podrías revisar los textos de la web antes del jueves?", "Javier: Vale, lo miro."],
    expected: [item("Javier", "2026-03-05", "textos")],
  },
  {
    language: "es",
    lines: ["Marcos: Yo confirmo la fecha con el proveedor de catering mañana."],
    expected: [item("Marcos", "2026-03-05", "proveedor")],
  },
  {
    language: "es",
    lines: ["Beatriz: Haré la presentación para el comité del martes."],
    expected: [item("Beatriz", "2026-03-10", "presentación")],
  },
  {
    language: "es",
    lines: ["Alberto: Me encargo del presupuesto de infraestructura para el viernes."],
    expected: [item("Alberto", "2026-03-06", "presupuesto")],
  },
  {
    language: "es",
    lines: ["Lorena: Pasaré el informe de incidencias a dirección el 20 de marzo."],
    expected: [item("Lorena", "2026-03-20", "informe")],
  },

  // Not commitments: past, hypotheticals, questions, opinions and talk in the meeting itself.
  { language: "en", lines: ["Tom: I sent the contract to legal yesterday."], expected: [] },
  {
    language: "en",
    lines: ["Priya: If we had more time, I would rebuild the whole onboarding."],
    expected: [],
  },
  { language: "en", lines: ["Sarah: Did you send the proposal to Acme?"], expected: [] },
  { language: "en", lines: ["Raj: I'll be honest, the migration was harder than expected."], expected: [] },
  { language: "en", lines: ["Kim: Let me share my screen so everyone can see the chart."], expected: [] },
  { language: "en", lines: ["Elena: I think the release went well overall."], expected: [] },
  { language: "en", lines: ["Marcus: We should have tested the backup restore last month."], expected: [] },
  {
    language: "en",
    lines: ["Grace: I'll tell you what, the search project is strong evidence."],
    expected: [],
  },
  { language: "en", lines: ["Daniel: I'm not going to rewrite the parser this quarter."], expected: [] },
  { language: "en", lines: ["Alice: Let's take a quick break and come back in five minutes."], expected: [] },
  { language: "en", lines: ["Bob: I'll just say the numbers look better than last year."], expected: [] },
  { language: "es", lines: ["Ana: Ayer envié el informe a la directora."], expected: [] },
  {
    language: "es",
    lines: ["Luis: Si tuviéramos más presupuesto, contrataríamos a otra persona."],
    expected: [],
  },
  { language: "es", lines: ["Marta: ¿Vamos a lanzar la beta el martes?"], expected: [] },
  { language: "es", lines: ["Pedro: Voy a compartir pantalla para que veáis el plano."], expected: [] },
  { language: "es", lines: ["Lucía: Creo que el andamio está mucho mejor que el mes pasado."], expected: [] },
  { language: "es", lines: ["Carlos: No voy a poder ir a la reunión del jueves, lo siento."], expected: [] },
  { language: "es", lines: ["Elena: El cliente quiere el contrato firmado cuanto antes."], expected: [] },
  { language: "es", lines: ["Javier: Os voy a contar cómo fue la visita de ayer."], expected: [] },
  { language: "es", lines: ["Sofía: La semana pasada revisamos los precios con el equipo."], expected: [] },
  { language: "es", lines: ["Raúl: Bueno, empezamos, que ya estamos todos."], expected: [] },
];

// Written after the extractor was tuned and left as they scored: phrasings it was not built around.
const UNSEEN: ActionProbe[] = [
  {
    language: "en",
    lines: ["Hana: Okay, I can take the release notes, I'll have them done by Thursday."],
    expected: [item("Hana", "2026-03-05", "release notes")],
  },
  {
    language: "en",
    lines: ["Omar: Leave the vendor call with me, I'll set it up for next Wednesday."],
    expected: [item("Omar", "2026-03-11", "vendor call")],
  },
  {
    language: "en",
    lines: [
      "Jo: Somebody needs to own the QA plan.",
      "Max: I'll own the QA plan, and I'll circulate it Friday.",
    ],
    expected: [item("Max", "2026-03-06", "QA plan")],
  },
  {
    language: "en",
    lines: [
      "Cleo: I'm on the hook for the budget forecast, so I'll get it to finance by end of day tomorrow.",
    ],
    expected: [item("Cleo", "2026-03-05", "forecast")],
  },
  {
    language: "en",
    lines: ["Vik: Tara, you'll handle the press release for the launch, right?", "Tara: Yep, by Monday."],
    expected: [item("Tara", "2026-03-09", "press release")],
  },
  {
    language: "en",
    lines: ["Dan: I'll double-check the tax numbers with our accountant before Friday."],
    expected: [item("Dan", "2026-03-06", "tax numbers")],
  },
  {
    language: "en",
    lines: ["Amy: We'll see how it goes, I'm not promising anything on the redesign."],
    expected: [],
  },
  { language: "en", lines: ["Ray: I'd love to rebuild the dashboard someday, but not now."], expected: [] },
  {
    language: "es",
    lines: ["Bruno: Lo de la factura lo gestiono yo esta tarde."],
    expected: [item("Bruno", "2026-03-04", "factura")],
  },
  {
    language: "es",
    lines: ["Eva: Alguien tiene que hablar con el casero.", "Nico: Ya hablo yo con el casero mañana."],
    expected: [item("Nico", "2026-03-05", "casero")],
  },
  {
    language: "es",
    lines: ["Gema: Antes del viernes os mando el borrador del convenio."],
    expected: [item("Gema", "2026-03-06", "borrador")],
  },
  {
    language: "es",
    lines: ["Íker: Me apunto lo de las licencias y lo dejo resuelto la semana que viene."],
    expected: [item("Íker", "2026-03-09", "licencias")],
  },
  {
    language: "es",
    lines: [
      "Vera: Samuel, encárgate de las entradas para la feria, por favor.",
      "Samuel: Hecho, las compro hoy.",
    ],
    expected: [item("Samuel", "2026-03-04", "entradas")],
  },
  {
    language: "es",
    lines: ["Olga: Voy a intentar terminar el manual de estilo para el día 20."],
    expected: [item("Olga", "2026-03-20", "manual")],
  },
  { language: "es", lines: ["Rubén: Ya veremos si nos da tiempo a cambiar el logo."], expected: [] },
  {
    language: "es",
    lines: ["Alba: Me encantaría rediseñar la web, pero este trimestre no toca."],
    expected: [],
  },
];

export const ACTION_PROBES: ActionProbe[] = [
  ...TUNED.map((probe) => ({ ...probe, set: "tuned" as const })),
  ...UNSEEN.map((probe) => ({ ...probe, set: "unseen" as const })),
];
