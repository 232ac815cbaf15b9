import type { Reason } from "@/lib/kernel/reasons";

/** Thrown instead of calling a provider that has just failed repeatedly. */
export class CircuitOpenError extends Error {
  constructor(
    readonly provider: string,
    readonly retryAfterMs: number,
  ) {
    super(`${provider} is failing; calls are paused for ${Math.ceil(retryAfterMs / 1000)} s`);
    this.name = "CircuitOpenError";
  }

  get reason(): Reason {
    return {
      code: "circuitOpen",
      params: { provider: this.provider, seconds: String(Math.ceil(this.retryAfterMs / 1000)) },
    };
  }
}

export type CircuitBreakerOptions = {
  /** Consecutive failures that open the circuit. */
  failureThreshold?: number;
  cooldownMs?: number;
  /** Which errors count against the provider; the default counts every error. */
  isFailure?: (error: unknown) => boolean;
  now?: () => number;
};

/**
 * Opens after `failureThreshold` consecutive failures; while open, `run` throws `CircuitOpenError`
 * without calling. After the cool-down one trial call goes through: success closes the circuit,
 * failure opens it for another cool-down.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly isFailure: (error: unknown) => boolean;
  private readonly now: () => number;

  constructor(
    readonly name: string,
    options: CircuitBreakerOptions = {},
  ) {
    this.threshold = options.failureThreshold ?? 5;
    this.cooldownMs = options.cooldownMs ?? 30_000;
    this.isFailure = options.isFailure ?? (() => true);
    this.now = options.now ?? Date.now;
  }

  get state(): "closed" | "open" | "half_open" {
    if (this.openedAt === null) return "closed";
    return this.now() - this.openedAt < this.cooldownMs ? "open" : "half_open";
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === "open" || (state === "half_open" && this.trialInFlight)) {
      const waited = this.openedAt === null ? 0 : this.now() - this.openedAt;
      throw new CircuitOpenError(this.name, Math.max(this.cooldownMs - waited, 1000));
    }
    const trial = state === "half_open";
    if (trial) this.trialInFlight = true;
    try {
      const result = await fn();
      this.failures = 0;
      this.openedAt = null;
      return result;
    } catch (error) {
      if (this.isFailure(error)) {
        this.failures++;
        if (trial || this.failures >= this.threshold) this.openedAt = this.now();
      } else if (trial) {
        this.openedAt = null;
        this.failures = 0;
      }
      throw error;
    } finally {
      if (trial) this.trialInFlight = false;
    }
  }
}

const shared = new Map<string, CircuitBreaker>();

/** The process-wide breaker for one provider (e.g. "llm:gpt-4.1-mini"), created on first use. */
export function circuitBreakerFor(name: string, options?: CircuitBreakerOptions): CircuitBreaker {
  let breaker = shared.get(name);
  if (!breaker) {
    breaker = new CircuitBreaker(name, options);
    shared.set(name, breaker);
  }
  return breaker;
}
