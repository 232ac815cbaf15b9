import type { TemplateId } from "@/lib/insights/types";

/** A theme a template brings to the front of the key points, labelled in the meeting's language. */
export type Emphasis = { label: { en: string; es: string }; pattern: RegExp };

// Matched against folded text (lowercase, no accents).
const theme = (en: string, es: string, body: string): Emphasis => ({
  label: { en, es },
  pattern: new RegExp(`(?<![\\p{L}])(?:${body})(?![\\p{L}])`, "u"),
});

export const TEMPLATE_THEMES: Record<TemplateId, Emphasis[]> = {
  default: [],
  standup: [
    theme(
      "Blocker",
      "Bloqueo",
      "block(?:ed|er|ers|ing)?|stuck|waiting (?:on|for)|depends on|impediments?|can't (?:proceed|continue|move forward)|bloquead[oa]s?|bloqueos?|impedimentos?|atascad[oa]s?|esperando (?:a|por)|dependo de|no puedo avanzar",
    ),
    theme(
      "Yesterday",
      "Ayer",
      "yesterday|finished|completed|done with|wrapped up|shipped|merged|ayer|termine|acabe|complete|cerre",
    ),
    theme("Today", "Hoy", "today|this morning|working on|hoy|esta manana|estoy con|me pongo con"),
  ],
  sales_call: [
    theme(
      "Pricing",
      "Precio",
      "price|prices|pricing|cost|costs|budget|discount|quote|per (?:seat|user|month|year)|licen[cs]es?|precios?|presupuestos?|descuentos?|costes?|costos?|tarifas?|cotizacion",
    ),
    theme(
      "Objection",
      "Objeción",
      "concerns?|concerned|worried|too expensive|hesitant|objections?|not convinced|risky|me preocupa|nos preocupa|caro|dudas?|objecion(?:es)?|no estamos seguros",
    ),
    theme(
      "Competitor",
      "Competencia",
      "competitors?|competition|alternatives?|currently using|compared to|switch(?:ing)? from|competencia|competidor(?:es)?|alternativas?|actualmente usamos|ahora usamos",
    ),
    theme(
      "Next step",
      "Siguiente paso",
      "next steps?|follow[- ]up|proposal|demo|trial|pilot|contract|sign|siguientes? pasos?|propuesta|prueba|piloto|contrato|firmar",
    ),
  ],
  one_on_one: [
    theme(
      "Feedback",
      "Feedback",
      "feedback|(?:great|good|nice) (?:job|work)|well done|improve|could do better|expectations|retroalimentacion|comentarios|buen trabajo|bien hecho|mejorar|expectativas",
    ),
    theme(
      "Growth",
      "Desarrollo",
      "career|growth|grow|promotion|learn|learning|training|goals?|development|mentor(?:ing)?|carrera|crecimiento|crecer|ascenso|aprender|formacion|objetivos?|desarrollo",
    ),
    theme(
      "Wellbeing",
      "Bienestar",
      "workload|stress(?:ed)?|burn(?:ed|t)? ?out|vacation|time off|overwhelmed|carga de trabajo|estres|estresad[oa]|vacaciones|agobiad[oa]",
    ),
  ],
  safety_inspection: [
    theme(
      "Hazard",
      "Riesgo",
      "hazards?|risks?|danger(?:ous)?|unsafe|exposed|trip(?:ping)?|slip(?:pery)?|falls?|fire|electrical|riesgos?|peligros?|peligros[oa]|caidas?|tropiezos?|resbal\\w*|incendio|electrocucion|atrapamiento|inseguro",
    ),
    theme(
      "PPE",
      "EPI",
      "ppe|helmets?|hard hats?|harness(?:es)?|gloves|goggles|safety glasses|hi-vis|vests?|boots|epis?|cascos?|arnes(?:es)?|guantes|gafas|chalecos?|botas",
    ),
    theme(
      "Corrective action",
      "Medida correctora",
      "corrective|must be|needs? to be|fix|repair|replace|install|medidas? correctoras?|corregir|reparar|sustituir|instalar|senalizar|subsanar|reponer|retirar",
    ),
    theme(
      "Incident",
      "Incidente",
      "incidents?|accidents?|near miss|injur(?:y|ies|ed)|incidentes?|accidentes?|casi accidente|lesion(?:es)?|herid[oa]s?",
    ),
  ],
};
