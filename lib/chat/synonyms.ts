import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";

/**
 * Words that stand for each other in meeting talk, Spanish and English together, so a question
 * in one language finds a meeting held in the other and "cost" finds "budget". Small on purpose:
 * every group is a way for an unrelated turn to rank, so only near-equivalents belong here.
 */
const GROUPS = `
budget budgets cost costs price prices pricing money spend spending expense expenses | presupuesto costo coste precio precios dinero gasto gastos
deadline deadlines due | plazo plazos vencimiento
date dates | fecha fechas
launch launches release releases | lanzamiento lanzar lanzamos
customer customers client clients | cliente clientes
user users | usuario usuarios
problem problems issue issues bug bugs error errors | problema problemas fallo fallos error errores
hire hiring recruit recruiting recruitment | contratar contratacion contrataciones
sale sales revenue | ventas venta ingresos
design | diseño diseno disenos
schedule scheduling calendar timeline agenda | agenda calendario cronograma
team | equipo
project projects | proyecto proyectos
feature features functionality | funcion funciones funcionalidad funcionalidades
goal goals objective objectives target targets | objetivo objetivos meta metas
plan plans planning | plan planes planificacion
risk risks | riesgo riesgos
contract contracts | contrato contratos
supplier suppliers vendor vendors | proveedor proveedores
report reports | informe informes reporte reportes
decision decisions decided decide agreed agreement | decision decisiones decidimos acuerdo acordamos
task tasks todo todos | tarea tareas pendiente pendientes
owner owners | responsable responsables
marketing | marketing mercadotecnia
training | formacion capacitacion
salary salaries pay wage wages | salario salarios sueldo sueldos
price pricing | tarifa tarifas
delay delays delayed | retraso retrasos
office | oficina
server servers | servidor servidores
test tests testing | prueba pruebas
meeting meetings | reunion reuniones
remote | mando
battery batteries | bateria baterias pila pilas
button buttons | boton botones
screen screens | pantalla pantallas
color colour colors colours | colores color
material materials | material materiales
`;

const SYNONYM_WEIGHT = 0.5;

const byWord = new Map<string, Set<string>>();
// The language(s) each listed word is a word of: an expansion only matches talk in its language,
// so the English "sale" does not find the Spanish "sale" ("it goes out").
const languagesOf = new Map<string, Set<Language>>();
for (const line of GROUPS.split("\n")) {
  const [english = "", spanish = ""] = line.split("|");
  const tagged = [
    ...english.split(/\s+/).map((word) => [word, "en"] as const),
    ...spanish.split(/\s+/).map((word) => [word, "es"] as const),
  ].filter(([word]) => word);
  for (const [word, language] of tagged) {
    const folded = fold(word);
    const known = languagesOf.get(folded) ?? new Set<Language>();
    known.add(language);
    languagesOf.set(folded, known);
  }
  const group = [...new Set(tagged.map(([word]) => fold(word)))];
  for (const word of group) {
    const known = byWord.get(word) ?? new Set<string>();
    for (const other of group) if (other !== word) known.add(other);
    byWord.set(word, known);
  }
}

/** Other words for a folded word, each with the weight its matches count for and its language(s). */
export function expansionsOf(foldedWord: string): { word: string; weight: number; languages: Language[] }[] {
  return [...(byWord.get(foldedWord) ?? [])].map((word) => ({
    word,
    weight: SYNONYM_WEIGHT,
    languages: [...(languagesOf.get(word) ?? [])],
  }));
}

// British and American spellings of one word: transcripts spell as their speakers' country does.
const SPELLINGS: [RegExp, string][] = [
  [/([lvbmnp]|vi)our(s?)$/, "$1or$2"],
  [/([lvbmnp]|vi)or(s?)$/, "$1our$2"],
  [/([a-z]{3}[lrnmgt])is(e|es|ed|ing|ation|ations)$/, "$1iz$2"],
  [/([a-z]{3}[lrnmgt])iz(e|es|ed|ing|ation|ations)$/, "$1is$2"],
  [/([aeiou][bcdfgklmnpstv])tre(s?)$/, "$1ter$2"],
  [/^(cen|me|thea|li)ter(s?)$/, "$1tre$2"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/yz(e|es|ed|ing)$/, "ys$1"],
  [/^programme(s?)$/, "program$1"],
  [/^program(s?)$/, "programme$1"],
  [/^grey$/, "gray"],
  [/^gray$/, "grey"],
];

/** The other spelling of an English word, British or American ("colour" ↔ "color", "organise" ↔ "organize"). */
export function otherSpellings(foldedWord: string): string[] {
  if (foldedWord.length < 4) return [];
  const found = new Set<string>();
  for (const [pattern, replacement] of SPELLINGS) {
    if (!pattern.test(foldedWord)) continue;
    const other = foldedWord.replace(pattern, replacement);
    if (other !== foldedWord) found.add(other);
  }
  return [...found];
}
