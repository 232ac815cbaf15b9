/**
 * The email an OAuth sign-in may be matched to a Minuta account by: only one the provider says
 * its user proved they own. An unverified address would let anyone who types a victim's email at
 * the provider sign in to the victim's Minuta account.
 */
export function verifiedOAuthEmail(
  provider: string,
  profile: Record<string, unknown> | undefined,
): string | null {
  const email = typeof profile?.email === "string" ? profile.email.trim().toLowerCase() : "";
  if (!email) return null;
  // Google says so per sign-in; our GitHub profile request (below) only ever keeps a verified one.
  const known = provider === "google" || provider === "github";
  return known && profile?.email_verified === true ? email : null;
}

type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/** The primary address if verified, else any verified one: never an unverified primary. */
export function pickVerifiedGitHubEmail(emails: GitHubEmail[]): string | null {
  const verified = emails.filter((entry) => entry.verified);
  return (verified.find((entry) => entry.primary) ?? verified[0])?.email ?? null;
}

/**
 * GitHub's userinfo request with the address taken from /user/emails and marked verified, where
 * Auth.js's default takes the primary one whether GitHub verified it or not.
 */
export async function githubProfileWithVerifiedEmail({
  tokens,
}: {
  tokens: { access_token?: string };
}): Promise<Record<string, unknown>> {
  const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "minuta" };
  const profile = (await (await fetch("https://api.github.com/user", { headers })).json()) as Record<
    string,
    unknown
  >;
  const response = await fetch("https://api.github.com/user/emails", { headers });
  const emails = response.ok ? ((await response.json()) as GitHubEmail[]) : [];
  const email = pickVerifiedGitHubEmail(Array.isArray(emails) ? emails : []);
  return { ...profile, email, email_verified: email !== null };
}
