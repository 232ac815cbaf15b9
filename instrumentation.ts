export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("@/lib/auth/peer-address")).stampPeerAddresses();
  const { onServerStart } = await import("@/lib/server-start");
  await onServerStart();
}
