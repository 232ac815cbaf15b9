/** An absolute URL into this deployment for links in emails: APP_URL, else the local server. */
export function appUrl(path: string): string {
  const base = process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`;
  return `${base.replace(/\/+$/, "")}${path}`;
}
