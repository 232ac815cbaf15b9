// Mail providers anyone can sign up to: sharing one with the owner says nothing about being a colleague.
const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "icloud.com",
  "me.com",
  "aol.com",
  "gmx.com",
  "gmx.de",
  "proton.me",
  "protonmail.com",
]);

function domainOf(email: string): string {
  return email
    .slice(email.lastIndexOf("@") + 1)
    .trim()
    .toLowerCase();
}

/**
 * The participant addresses the recap dialog ticks for the user: only colleagues, i.e. those on the
 * owner's own (non-public) email domain. External addresses are left for the user to tick on purpose,
 * so a recap never leaves the company by default.
 */
export function preselectedRecipients(ownerEmail: string, participantEmails: string[]): Set<string> {
  const ownDomain = domainOf(ownerEmail);
  const selected = new Set<string>();
  if (!ownDomain || PUBLIC_MAIL_DOMAINS.has(ownDomain)) return selected;
  for (const email of participantEmails) {
    if (email.includes("@") && domainOf(email) === ownDomain) selected.add(email);
  }
  return selected;
}
