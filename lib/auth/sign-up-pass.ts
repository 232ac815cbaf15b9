// A new account's own first sign-in, made by sign-up right after creating it, is not a failed
// login: it must not be refused because the failed-login throttle blocked the address or the
// shared office IP it comes from (the account would exist, the user would see an error, and a
// retry would say "email taken"). Sign-up grants one short-lived pass for the address; the sign-in
// it triggers runs inside the same request, so in this process. The password is still checked.
const PASS_TTL_MS = 60_000;
const passes = new Map<string, number>();

export function grantSignUpPass(email: string): void {
  const now = Date.now();
  for (const [address, until] of passes) if (until <= now) passes.delete(address);
  passes.set(email, now + PASS_TTL_MS);
}

/** Uses up the pass for this address: true once, within a minute of sign-up. */
export function takeSignUpPass(email: string): boolean {
  const until = passes.get(email);
  passes.delete(email);
  return until !== undefined && until > Date.now();
}
