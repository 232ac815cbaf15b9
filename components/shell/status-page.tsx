import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of the 404 and error pages: the brand, what happened, and the ways on. */
export function StatusPage({
  code,
  title,
  text,
  testId,
  children,
}: {
  code?: string;
  title: string;
  text: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto w-full max-w-6xl px-4 py-4">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Minuta
        </Link>
      </header>
      <main id="main" className="flex flex-1 items-center justify-center px-4 pb-16">
        <div className="max-w-md text-center" data-testid={testId}>
          {code && <p className="font-mono text-sm text-muted-foreground">{code}</p>}
          <h1 className="mt-2 text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="mt-3 text-muted-foreground">{text}</p>
          <div className="mt-6 flex flex-wrap justify-center gap-3">{children}</div>
        </div>
      </main>
    </div>
  );
}
