import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { NavLinks } from "@/components/shell/nav-links";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { logOut } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { t } = await getMessages();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-20 border-b bg-background/90 backdrop-blur">
        <nav
          aria-label={t.nav.main}
          className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:h-14 sm:flex-nowrap sm:py-0"
        >
          <Link href="/meetings" className="mr-2 text-lg font-semibold tracking-tight">
            {t.app.name}
          </Link>
          {/* On a phone the links get a row of their own, under the name and the controls. */}
          <div className="order-last w-full sm:order-none sm:w-auto">
            <NavLinks />
          </div>
          <div className="ml-auto flex shrink-0 items-center gap-2">
            <span className="hidden text-sm text-muted-foreground sm:inline" data-testid="user-email">
              {user.email}
            </span>
            <LanguageSwitcher />
            <ThemeToggle />
            <form action={logOut}>
              <Button type="submit" variant="ghost" size="sm" data-testid="log-out">
                {t.nav.logOut}
              </Button>
            </form>
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
