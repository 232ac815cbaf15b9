import type { ScoredTurn, Turn } from "./rank-turns";

export type PassageTurn = Omit<Turn, "length"> & { matched: boolean };

/** A stretch of talk around one well-ranked turn. */
export type Passage = { meetingId: string; anchor: ScoredTurn; score: number; turns: PassageTurn[] };

// Two turns closer than this are one stretch of talk: within a minute, and at most so many turns
// apart (a transcript without real times still splits into stretches).
const STRETCH_MS = 60_000;
const STRETCH_TURNS = 40;

/** The best turn of each stretch of talk, in rank order. */
export function distinctTurns(ranked: readonly ScoredTurn[], count: number): ScoredTurn[] {
  const chosen: ScoredTurn[] = [];
  for (const turn of ranked) {
    if (chosen.length >= count) break;
    const near = chosen.some(
      (other) =>
        other.meetingId === turn.meetingId &&
        Math.abs(other.startMs - turn.startMs) <= STRETCH_MS &&
        Math.abs(other.seq - turn.seq) <= STRETCH_TURNS,
    );
    if (!near) chosen.push(turn);
  }
  return chosen;
}

/** Each anchor with the turns `radius` either side of it (from `around`), marking the ones that matched. */
export function passagesAround(
  anchors: readonly ScoredTurn[],
  around: readonly Omit<Turn, "length">[],
  ranked: readonly ScoredTurn[],
  radius: number,
): Passage[] {
  const matched = new Set(
    ranked.filter((turn) => turn.own > 0).map((turn) => `${turn.meetingId}:${turn.seq}`),
  );
  return anchors.map((anchor) => ({
    meetingId: anchor.meetingId,
    anchor,
    score: anchor.score,
    turns: around
      .filter((turn) => turn.meetingId === anchor.meetingId && Math.abs(turn.seq - anchor.seq) <= radius)
      .sort((a, b) => a.seq - b.seq)
      .map((turn) => ({ ...turn, matched: matched.has(`${turn.meetingId}:${turn.seq}`) })),
  }));
}
