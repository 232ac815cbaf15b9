// Verbs people promise tasks with, folded, by person: "yo mando", "¿me mandas…?", "Luis manda".
const FORMS: Record<string, [yo: string, tu: string, el: string]> = {
  mandar: ["mando", "mandas", "manda"],
  enviar: ["envio", "envias", "envia"],
  pasar: ["paso", "pasas", "pasa"],
  reenviar: ["reenvio", "reenvias", "reenvia"],
  compartir: ["comparto", "compartes", "comparte"],
  preparar: ["preparo", "preparas", "prepara"],
  revisar: ["reviso", "revisas", "revisa"],
  escribir: ["escribo", "escribes", "escribe"],
  confirmar: ["confirmo", "confirmas", "confirma"],
  actualizar: ["actualizo", "actualizas", "actualiza"],
  subir: ["subo", "subes", "sube"],
  agendar: ["agendo", "agendas", "agenda"],
  hacer: ["hago", "haces", "hace"],
  llamar: ["llamo", "llamas", "llama"],
  organizar: ["organizo", "organizas", "organiza"],
  redactar: ["redacto", "redactas", "redacta"],
  comprar: ["compro", "compras", "compra"],
  pedir: ["pido", "pides", "pide"],
  mirar: ["miro", "miras", "mira"],
  buscar: ["busco", "buscas", "busca"],
  contactar: ["contacto", "contactas", "contacta"],
  comentar: ["comento", "comentas", "comenta"],
  avisar: ["aviso", "avisas", "avisa"],
  cerrar: ["cierro", "cierras", "cierra"],
  reservar: ["reservo", "reservas", "reserva"],
  convocar: ["convoco", "convocas", "convoca"],
  colocar: ["coloco", "colocas", "coloca"],
  instalar: ["instalo", "instalas", "instala"],
  terminar: ["termino", "terminas", "termina"],
  reclamar: ["reclamo", "reclamas", "reclama"],
  arreglar: ["arreglo", "arreglas", "arregla"],
  entregar: ["entrego", "entregas", "entrega"],
  firmar: ["firmo", "firmas", "firma"],
  coordinar: ["coordino", "coordinas", "coordina"],
  gestionar: ["gestiono", "gestionas", "gestiona"],
};
// "Luis mandará la propuesta": the future, folded, is the infinitive plus "a", except these.
const IRREGULAR_FUTURE: Record<string, string> = { hacer: "hara" };
const future = (infinitive: string) => IRREGULAR_FUTURE[infinitive] ?? `${infinitive}a`;

const entries = Object.entries(FORMS);

/** First person present ("mando"), said as a promise. */
export const FIRST_PERSON_VERBS = entries.map(([, [yo]]) => yo).join("|");
/** Third person present or future ("manda", "mandara"), for what someone else agreed to do. */
export const THIRD_PERSON_VERBS = entries
  .flatMap(([infinitive, [, , el]]) => [future(infinitive), el])
  .join("|");

/** The infinitive for any of these forms, and for the "we" forms a seller promises with. */
export const INFINITIVE: Record<string, string> = {
  ...Object.fromEntries(
    entries.flatMap(([infinitive, forms]) =>
      [...forms, future(infinitive)].map((form) => [form, infinitive]),
    ),
  ),
  enviamos: "enviar",
  mandamos: "mandar",
  pasamos: "pasar",
  preparamos: "preparar",
};
