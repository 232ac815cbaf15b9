"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/cn";
import { useI18n } from "@/lib/i18n/context.client";

export function NavLinks() {
  const { t } = useI18n();
  const pathname = usePathname();
  const links = [
    { href: "/meetings", label: t.nav.meetings },
    { href: "/chat", label: t.nav.chat },
    { href: "/settings", label: t.nav.settings },
  ];
  return (
    <ul className="flex items-center gap-1">
      {links.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={active ? "page" : undefined}
              data-testid={`nav-${link.href.slice(1)}`}
              className={cn(
                "rounded-md px-3 py-2 text-sm font-medium transition-colors hover:bg-muted",
                "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                active ? "bg-muted text-foreground" : "text-muted-foreground",
              )}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
