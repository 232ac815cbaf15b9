import http from "node:http";
import https from "node:https";
import type { LookupFunction, TcpNetConnectOpts } from "node:net";
import { hostOf, type VettedAddress } from "./ssrf";

export const DELIVERY_TIMEOUT_MS = 10_000;
/** How much of a receiver's answer is read; the rest is dropped with the connection. */
export const RESPONSE_BODY_LIMIT = 64 * 1024;

export type PostOutcome = { status: number; body: string };

/**
 * Answers only the vetted addresses, so the name is not resolved a second time between check and
 * connect. Given all of them, Node tries each in turn until one connects ("happy eyeballs"), so an
 * unreachable first address (an IPv6 one with no route) doesn't fail the delivery.
 */
function pinnedLookup(vetted: VettedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const [first] = vetted;
    if (!first) callback(new Error("No address to connect to."), "", 4);
    else if (options.all) callback(null, vetted);
    else callback(null, first.address, first.family);
  };
}

// Socket options http.request passes on to the connection (its own typings don't list them).
const tryEachAddress: Pick<TcpNetConnectOpts, "autoSelectFamily" | "autoSelectFamilyAttemptTimeout"> = {
  autoSelectFamily: true,
  // Long enough for a distant receiver to accept a connection; the whole exchange has its own limit.
  autoSelectFamilyAttemptTimeout: 1_000,
};

/**
 * POSTs a JSON body to one of the vetted addresses of `url`. Redirects are not followed (a 3xx is just
 * the answer), the connection is never reused, the whole exchange is bounded by a timeout and at
 * most RESPONSE_BODY_LIMIT bytes of the answer are read. Rejects on network errors and timeouts.
 */
export function postWebhook(
  url: URL,
  vetted: VettedAddress[],
  headers: Record<string, string>,
  body: string,
): Promise<PostOutcome> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      {
        method: "POST",
        protocol: url.protocol,
        hostname: hostOf(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        lookup: pinnedLookup(vetted),
        ...tryEachAddress,
        agent: false,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body).toString(),
          "user-agent": "Minuta-Webhooks/1.0",
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
        };
        response.on("data", (chunk: Buffer) => {
          const room = RESPONSE_BODY_LIMIT - size;
          chunks.push(chunk.subarray(0, room));
          size += Math.min(chunk.length, room);
          if (size >= RESPONSE_BODY_LIMIT) {
            response.destroy();
            finish();
          }
        });
        response.on("end", finish);
        response.on("error", (error) => {
          clearTimeout(timer);
          reject(error);
        });
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error(`No answer within ${DELIVERY_TIMEOUT_MS / 1000} s.`));
    }, DELIVERY_TIMEOUT_MS);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}
