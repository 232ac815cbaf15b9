/**
 * Asks the transcript on this page to bring a line into view again. Links to a line change the
 * address (`?seq=`), which scrolls to it; when the address already names that line (the reader
 * scrolled away and clicks the same time again), only this event can.
 */
const OPEN_LINE = "minuta:open-line";

export function openLine(seq: number) {
  window.dispatchEvent(new CustomEvent<number>(OPEN_LINE, { detail: seq }));
}

export function onOpenLine(listener: (seq: number) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<number>).detail);
  window.addEventListener(OPEN_LINE, handle);
  return () => window.removeEventListener(OPEN_LINE, handle);
}
