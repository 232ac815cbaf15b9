/** Writes server-sent events into a stream: `event:`, optional `id:`, and JSON `data:`. */
export class SseWriter {
  private readonly encoder = new TextEncoder();
  private closed = false;

  constructor(private readonly controller: ReadableStreamDefaultController<Uint8Array>) {}

  send(event: string, data: unknown, id?: number) {
    if (this.closed) return;
    const lines = [`event: ${event}`];
    if (id !== undefined) lines.push(`id: ${id}`);
    lines.push(`data: ${JSON.stringify(data)}`);
    this.controller.enqueue(this.encoder.encode(`${lines.join("\n")}\n\n`));
  }

  comment(text: string) {
    if (!this.closed) this.controller.enqueue(this.encoder.encode(`: ${text}\n\n`));
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.controller.close();
  }

  get isClosed() {
    return this.closed;
  }

  markClosed() {
    this.closed = true;
  }
}
