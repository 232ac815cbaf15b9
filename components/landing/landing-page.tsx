import Image from "next/image";
import Link from "next/link";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { buttonClasses } from "@/components/ui/button";
import { getMessages } from "@/lib/i18n/server";
// Imported, so it is served from /_next/static like the app's code: visitors who aren't signed in
// can load it (the sign-in guard covers every other path).
import appScreenshot from "@/public/app-screenshot.png";

export async function LandingPage() {
  const { t } = await getMessages();
  const copy = t.welcome.landing;
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-2 px-4 py-4">
        <span className="text-lg font-semibold tracking-tight">{t.app.name}</span>
        <div className="flex items-center gap-2">
          <LanguageSwitcher />
          <ThemeToggle />
          <Link href="/login" className={buttonClasses("ghost", "sm")} data-testid="landing-log-in-top">
            {copy.logIn}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 pb-16">
        <section className="mx-auto max-w-3xl py-10 text-center sm:py-16" aria-labelledby="landing-title">
          <h1 id="landing-title" className="text-3xl font-semibold tracking-tight sm:text-5xl">
            {copy.headline}
          </h1>
          <p className="mt-5 text-base leading-relaxed text-muted-foreground sm:text-lg">{copy.lead}</p>
          <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
            <Link href="/signup" className={buttonClasses("primary", "md")} data-testid="landing-sign-up">
              {copy.signUp}
            </Link>
            <Link href="/login" className={buttonClasses("secondary", "md")} data-testid="landing-log-in">
              {copy.logIn}
            </Link>
          </div>
        </section>
        <figure className="overflow-hidden rounded-xl border bg-card shadow-sm">
          <Image
            src={appScreenshot}
            alt={copy.screenshotAlt}
            priority
            unoptimized
            className="h-auto w-full"
            data-testid="landing-screenshot"
          />
        </figure>
        <ul className="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {copy.features.map((feature) => (
            <li key={feature.title} className="rounded-lg border bg-card p-5">
              <h2 className="font-medium">{feature.title}</h2>
              <p className="mt-2 text-sm leading-relaxed text-muted-foreground">{feature.text}</p>
            </li>
          ))}
        </ul>
      </main>
      <footer className="border-t">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-muted-foreground">
          <span>{t.app.tagline}</span>
          <Link href="/docs" className="underline underline-offset-4 hover:text-foreground">
            {copy.api}
          </Link>
        </div>
      </footer>
    </div>
  );
}
