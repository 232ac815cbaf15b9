/** Questions no meeting answers: each should come back `answered: false`, in both benches. */
export const OFF_TOPIC = [
  "What is the recipe for seafood paella?",
  "¿Cuál es la capital de Australia?",
  "Who won the football world cup final?",
  "How do I renew my passport?",
  "¿Qué tiempo hará mañana en Madrid?",
];
