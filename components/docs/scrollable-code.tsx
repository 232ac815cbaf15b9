import type { ReactNode } from "react";
import { cn } from "@/components/cn";

/**
 * Code wider than the page scrolls inside its box; the box takes focus so it can be scrolled
 * with the keyboard too (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function ScrollableCode({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className={cn(
        "overflow-x-auto focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
        className,
      )}
    >
      <pre>{children}</pre>
    </section>
  );
}
