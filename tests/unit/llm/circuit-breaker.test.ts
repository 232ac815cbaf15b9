import { describe, expect, test } from "vitest";
import { CircuitBreaker, CircuitOpenError } from "@/lib/ai/circuit-breaker";

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const fail = () => Promise.reject(new Error("down"));
const succeed = () => Promise.resolve("ok");

describe("circuit breaker", () => {
  test("opens after N consecutive failures and then refuses without calling", async () => {
    const time = clock();
    const breaker = new CircuitBreaker("llm", { failureThreshold: 3, cooldownMs: 10_000, now: time.now });
    for (let i = 0; i < 3; i++) await expect(breaker.run(fail)).rejects.toThrow("down");

    let called = false;
    const refused = breaker.run(async () => {
      called = true;
      return 1;
    });
    await expect(refused).rejects.toBeInstanceOf(CircuitOpenError);
    await expect(refused).rejects.toMatchObject({ provider: "llm", retryAfterMs: 10_000 });
    expect(called).toBe(false);
    expect(breaker.state).toBe("open");
  });

  test("a success resets the count", async () => {
    const breaker = new CircuitBreaker("stt", { failureThreshold: 2 });
    await expect(breaker.run(fail)).rejects.toThrow();
    await breaker.run(succeed);
    await expect(breaker.run(fail)).rejects.toThrow("down");
    expect(breaker.state).toBe("closed");
  });

  test("after the cool-down one trial call decides: success closes, failure reopens", async () => {
    const time = clock();
    const breaker = new CircuitBreaker("llm", { failureThreshold: 1, cooldownMs: 1000, now: time.now });
    await expect(breaker.run(fail)).rejects.toThrow();
    time.advance(1000);
    expect(breaker.state).toBe("half_open");
    await expect(breaker.run(fail)).rejects.toThrow("down");
    expect(breaker.state).toBe("open");
    time.advance(1000);
    await expect(breaker.run(succeed)).resolves.toBe("ok");
    expect(breaker.state).toBe("closed");
  });

  test("only one trial call at a time while half open", async () => {
    const time = clock();
    const breaker = new CircuitBreaker("llm", { failureThreshold: 1, cooldownMs: 1000, now: time.now });
    await expect(breaker.run(fail)).rejects.toThrow();
    time.advance(1000);
    let release = () => {};
    const trial = breaker.run(() => new Promise<string>((resolve) => (release = () => resolve("ok"))));
    await expect(breaker.run(succeed)).rejects.toBeInstanceOf(CircuitOpenError);
    release();
    await expect(trial).resolves.toBe("ok");
  });

  test("errors that are not the provider's fault don't count", async () => {
    const breaker = new CircuitBreaker("stt", { failureThreshold: 1, isFailure: () => false });
    await expect(breaker.run(fail)).rejects.toThrow();
    await expect(breaker.run(succeed)).resolves.toBe("ok");
  });
});
