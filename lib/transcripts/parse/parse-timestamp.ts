const CUE_TIMESTAMP = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/;
const CLOCK = /^(\d{1,3}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/;

const millis = (fraction = "") => Number(fraction.padEnd(3, "0"));

function toMs(hours: number, minutes: number, seconds: number, fraction?: string): number | null {
  if (minutes >= 60 || seconds >= 60) return null;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis(fraction);
}

/** A VTT or SRT cue time, `hh:mm:ss.mmm` or `mm:ss.mmm` (`,` accepted too), in ms; null when malformed. */
export function parseCueTimestamp(value: string): number | null {
  const match = CUE_TIMESTAMP.exec(value);
  if (!match) return null;
  return toMs(Number(match[1] ?? 0), Number(match[2]), Number(match[3]), match[4]);
}

/** A clock in a text transcript, `mm:ss`, `h:mm:ss` or `hh:mm:ss` (a fraction allowed), in ms; null when malformed. */
export function parseClock(value: string): number | null {
  const match = CLOCK.exec(value);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (match[3] !== undefined) return toMs(first, second, Number(match[3]), match[4]);
  // Plain mm:ss keeps counting minutes past the hour in long recordings ("75:30").
  if (second >= 60) return null;
  return (first * 60 + second) * 1000 + millis(match[4]);
}
