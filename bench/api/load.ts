import { createRequire } from "node:module";

// autocannon ships no types; these are the parts of its API the benchmarks use.
type Request = { method?: string; path?: string; headers?: Record<string, string> };
type Options = {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: { setupRequest?: (request: Request) => Request }[];
};
type Latency = { average: number; p50: number; p99: number; max: number };
export type LoadResult = {
  requests: { average: number; total: number };
  latency: Latency;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
};
const autocannon = createRequire(import.meta.url)("autocannon") as (options: Options) => Promise<LoadResult>;

export function load(options: Options): Promise<LoadResult> {
  return autocannon(options);
}
