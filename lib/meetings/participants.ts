type ParticipantInput = { name: string; email?: string | null };

/** One entry per name (case-insensitive), the last email given for a name winning. */
export function dedupeParticipants(list: ParticipantInput[]): { name: string; email: string | null }[] {
  const byKey = new Map<string, { name: string; email: string | null }>();
  for (const person of list) {
    const key = person.name.trim().toLowerCase();
    const previous = byKey.get(key);
    byKey.set(key, { name: person.name.trim(), email: person.email ?? previous?.email ?? null });
  }
  return [...byKey.values()];
}
