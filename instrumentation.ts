export async function register() {
  // Not env(): Next.js replaces this expression with each bundle's runtime at build time, which keeps
  // the server-only imports below out of the edge bundle.
  // biome-ignore lint/style/noProcessEnv: a build-time constant, not configuration
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("@/lib/auth/peer-address")).stampPeerAddresses();
  (await import("@/lib/security/strict-transport")).sendStrictTransportOverHttps();
  const { onServerStart } = await import("@/lib/orchestration/server-start");
  await onServerStart();
}
