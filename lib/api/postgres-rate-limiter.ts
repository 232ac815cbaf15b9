import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getSql } from "@/lib/kernel/db/client";
import { logError } from "@/lib/kernel/log";

type Options = { keyPrefix: string; points: number; duration: number };

// Expired rows are deleted now and then by whichever instance happens to count.
const PRUNE_EVERY = 1000;

/**
 * A fixed-window limiter shared by every instance through the `rate_limits` table: one atomic
 * upsert per request, timed by the database's clock so instances with skewed clocks share one
 * window. It answers like rate-limiter-flexible's limiters (resolves, or rejects with a
 * RateLimiterRes); rate-limiter-flexible's own RateLimiterPostgres needs the `pg` driver. When the
 * database can't be reached it counts in memory rather than refusing or failing every request.
 */
export class PostgresRateLimiter {
  private writes = 0;
  private readonly insurance: RateLimiterMemory;

  constructor(private readonly options: Options) {
    this.insurance = new RateLimiterMemory(options);
  }

  async consume(key: string, points = 1): Promise<RateLimiterRes> {
    let row: { points: number; ms_before_next: string | number } | undefined;
    try {
      row = await this.upsert(`${this.options.keyPrefix}:${key}`, points);
    } catch (error) {
      logError("rate limit store unavailable; counting in memory", error);
      return this.insurance.consume(key, points);
    }
    const consumed = Number(row?.points ?? points);
    const result = new RateLimiterRes(
      Math.max(this.options.points - consumed, 0),
      Math.max(0, Math.ceil(Number(row?.ms_before_next ?? 0))),
      consumed,
      consumed === points,
    );
    if (consumed > this.options.points) throw result;
    return result;
  }

  private async upsert(key: string, points: number) {
    const sql = getSql();
    if (++this.writes % PRUNE_EVERY === 0) await sql`delete from rate_limits where expire < now()`;
    const window = `${this.options.duration} seconds`;
    const [row] = await sql<{ points: number; ms_before_next: string }[]>`
      insert into rate_limits as r (key, points, expire)
      values (${key}, ${points}, now() + ${window}::interval)
      on conflict (key) do update set
        points = case when r.expire <= now() then excluded.points else r.points + excluded.points end,
        expire = case when r.expire <= now() then excluded.expire else r.expire end
      returning points, extract(epoch from (expire - now())) * 1000 as ms_before_next`;
    return row;
  }
}
