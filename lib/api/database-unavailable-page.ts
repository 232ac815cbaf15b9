import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { RETRY_AFTER_SECONDS } from "@/lib/kernel/db/database-unavailable";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);

// The look of components/shell/status-page.tsx without React or the app's stylesheet: the proxy
// answers this before anything renders. No script: the meta refresh retries.
const STYLE = `
:root{color-scheme:light dark;--fg:#0a0a0a;--muted:#525252;--bg:#fff;--primary:#171717;--on-primary:#fafafa}
@media (prefers-color-scheme:dark){:root{--fg:#fafafa;--muted:#a3a3a3;--bg:#0a0a0a;--primary:#fafafa;--on-primary:#171717}}
*{box-sizing:border-box}
body{margin:0;min-height:100dvh;display:flex;flex-direction:column;background:var(--bg);color:var(--fg);font-family:ui-sans-serif,system-ui,sans-serif;line-height:1.5}
header{width:100%;max-width:72rem;margin:0 auto;padding:1rem}
header a{color:inherit;text-decoration:none;font-size:1.125rem;font-weight:600;letter-spacing:-.025em}
main{flex:1;display:flex;align-items:center;justify-content:center;padding:0 1rem 4rem}
.box{max-width:28rem;text-align:center}
.code{font-family:ui-monospace,monospace;font-size:.875rem;color:var(--muted);margin:0}
h1{margin:.5rem 0 0;font-size:1.5rem;font-weight:600;letter-spacing:-.025em}
p.text{margin:.75rem 0 0;color:var(--muted)}
.retry{display:inline-block;margin-top:1.5rem;padding:.5rem 1rem;border-radius:.375rem;background:var(--primary);color:var(--on-primary);font-weight:500;text-decoration:none}
.retry:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
`;

/**
 * The page a request for a page answers while the database is away: 503 with Retry-After, in the
 * reader's language (their chosen cookie, then their browser's), retrying by itself.
 */
export function databaseUnavailablePage(request: Request): Response {
  const cookies = request.headers.get("cookie") ?? "";
  const chosen = cookies
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const t = messagesFor(locale);
  const copy = t.welcome.unavailable;
  const url = new URL(request.url);
  // Only the path: a relative link back to where the reader was, never another host.
  const here = escapeHtml(`${url.pathname}${url.search}`);
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${copy.title} · ${t.app.name}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">Minuta</a></header>
<main id="main">
<div class="box" data-testid="unavailable-page" role="status">
<p class="code">503</p>
<h1>${escapeHtml(copy.title)}</h1>
<p class="text">${escapeHtml(copy.text)}</p>
<a class="retry" href="${here}">${escapeHtml(copy.retry)}</a>
</div>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
    },
  });
}
