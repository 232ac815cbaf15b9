export type SseEvent = { event: string; id?: string; data: unknown };

/** Reads server-sent events from a streaming Response body as they arrive. */
export function readSse(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = "";
  let ended = false;
  const waiters: (() => void)[] = [];

  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let split = buffer.indexOf("\n\n");
      while (split >= 0) {
        const block = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const fields = Object.fromEntries(
          block
            .split("\n")
            .filter((line) => line && !line.startsWith(":"))
            .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]),
        );
        if (fields.event)
          events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? "null") });
        for (const wake of waiters.splice(0)) wake();
        split = buffer.indexOf("\n\n");
      }
    }
    ended = true;
    for (const wake of waiters.splice(0)) wake();
  })();

  return {
    events,
    get ended() {
      return ended;
    },
    async until(predicate: (events: SseEvent[]) => boolean, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(events)) {
        if (ended)
          throw new Error(
            `stream ended before the expected events: ${JSON.stringify(events.map((e) => e.event))}`,
          );
        if (Date.now() > deadline) throw new Error(`timed out waiting; got ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    async close() {
      await reader.cancel().catch(() => {});
      await pump.catch(() => {});
    },
    finished: pump,
  };
}
