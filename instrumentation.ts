export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("@/lib/auth/peer-address")).stampPeerAddresses();
  (await import("@/lib/security/strict-transport")).sendStrictTransportOverHttps();
  const { onServerStart } = await import("@/lib/orchestration/server-start");
  await onServerStart();
}
