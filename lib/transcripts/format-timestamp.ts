const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function clockParts(ms: number) {
  const total = Number.isFinite(ms) ? Math.max(0, Math.floor(ms)) : 0;
  return {
    hours: pad(Math.floor(total / 3_600_000)),
    minutes: pad(Math.floor(total / 60_000) % 60),
    seconds: pad(Math.floor(total / 1000) % 60),
    millis: pad(total % 1000, 3),
  };
}

/** `hh:mm:ss`, as the text and Markdown exports and the transcript view show an offset. */
export function formatClock(ms: number): string {
  const { hours, minutes, seconds } = clockParts(ms);
  return `${hours}:${minutes}:${seconds}`;
}

/** `hh:mm:ss.mmm`, a WebVTT cue timestamp. */
export function formatVttTimestamp(ms: number): string {
  const { hours, minutes, seconds, millis } = clockParts(ms);
  return `${hours}:${minutes}:${seconds}.${millis}`;
}

/** `hh:mm:ss,mmm`, a SubRip timestamp. */
export function formatSrtTimestamp(ms: number): string {
  const { hours, minutes, seconds, millis } = clockParts(ms);
  return `${hours}:${minutes}:${seconds},${millis}`;
}
