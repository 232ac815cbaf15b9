import { fold } from "@/lib/insights/local/fold";

/**
 * Words that stand for each other in meeting talk, Spanish and English together, so a question
 * in one language finds a meeting held in the other and "cost" finds "budget". Small on purpose:
 * every group is a way for an unrelated turn to rank, so only near-equivalents belong here.
 */
const GROUPS = `
budget budgets cost costs price prices pricing money spend spending expense expenses presupuesto costo coste precio precios dinero gasto gastos
deadline deadlines due plazo plazos vencimiento
date dates fecha fechas
launch launches release releases lanzamiento lanzar lanzamos
customer customers client clients cliente clientes
user users usuario usuarios
problem problems issue issues bug bugs problema problemas fallo fallos error errores
hire hiring recruit recruiting recruitment contratar contratacion contrataciones
sale sales revenue ventas venta ingresos
design diseño diseno disenos
schedule scheduling calendar timeline agenda calendario cronograma
team equipo
project projects proyecto proyectos
feature features functionality funcion funciones funcionalidad funcionalidades
goal goals objective objectives target targets objetivo objetivos meta metas
plan plans planning plan planes planificacion
risk risks riesgo riesgos
contract contracts contrato contratos
supplier suppliers vendor vendors proveedor proveedores
report reports informe informes reporte reportes
decision decisions decided decide agreed agreement decision decisiones decidimos acuerdo acordamos
task tasks todo todos tarea tareas pendiente pendientes
owner owners responsible responsable responsables
marketing mercadotecnia
training formacion capacitacion
salary salaries pay wage wages salario salarios sueldo sueldos
price pricing tarifa tarifas
delay delays delayed retraso retrasos
office oficina
server servers servidor servidores
test tests testing prueba pruebas
meeting meetings reunion reuniones
remote mando
battery batteries bateria baterias pila pilas
button buttons boton botones
screen screens pantalla pantallas
color colour colors colours colores
material materials materiales
`;

const SYNONYM_WEIGHT = 0.5;

const byWord = new Map<string, Set<string>>();
for (const line of GROUPS.split("\n")) {
  const group = [...new Set(line.split(/\s+/).filter(Boolean).map(fold))];
  for (const word of group) {
    const known = byWord.get(word) ?? new Set<string>();
    for (const other of group) if (other !== word) known.add(other);
    byWord.set(word, known);
  }
}

/** Other words for a folded word, each with the weight its matches count for. */
export function expansionsOf(foldedWord: string): { word: string; weight: number }[] {
  return [...(byWord.get(foldedWord) ?? [])].map((word) => ({ word, weight: SYNONYM_WEIGHT }));
}
