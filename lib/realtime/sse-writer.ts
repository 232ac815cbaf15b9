/**
 * Writes server-sent events into a stream: `event:`, optional `id:`, and JSON `data:`. Writes after
 * the client has gone are dropped (never thrown), and `onGone` runs once when a write finds it gone.
 */
export class SseWriter {
  private readonly encoder = new TextEncoder();
  private closed = false;

  constructor(
    private readonly controller: ReadableStreamDefaultController<Uint8Array>,
    private readonly onGone: () => void = () => {},
  ) {}

  send(event: string, data: unknown, id?: number) {
    const lines = [`event: ${event}`];
    if (id !== undefined) lines.push(`id: ${id}`);
    lines.push(`data: ${JSON.stringify(data)}`);
    this.write(`${lines.join("\n")}\n\n`);
  }

  comment(text: string) {
    this.write(`: ${text}\n\n`);
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    try {
      this.controller.close();
    } catch {
      // Already cancelled by the client: nothing left to close.
    }
  }

  get isClosed() {
    return this.closed;
  }

  markClosed() {
    this.closed = true;
  }

  private write(text: string) {
    if (this.closed) return;
    try {
      this.controller.enqueue(this.encoder.encode(text));
    } catch {
      this.closed = true;
      this.onGone();
    }
  }
}
