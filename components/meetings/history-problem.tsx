"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/context.client";

/**
 * The history couldn't be shown: a request that can't be run ("invalid": fix the filters or the
 * search) or one that failed on our side ("failed": try again). Never an empty list that lies.
 */
export function HistoryProblem({ problem, search }: { problem: "invalid" | "failed"; search: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const labels = t.meetingsPage.history;
  const message =
    problem === "invalid"
      ? search
        ? labels.invalidSearch
        : labels.invalidFilters
      : search
        ? labels.searchFailed
        : labels.loadFailed;
  return (
    <div
      role="alert"
      data-testid="history-problem"
      data-problem={problem}
      className="rounded-lg border border-destructive/40 bg-card p-8 text-center"
    >
      <p className="font-medium text-destructive">{message}</p>
      <div className="mt-4 flex justify-center gap-2">
        {problem === "failed" ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            onClick={() => startTransition(() => router.refresh())}
            data-testid="history-retry"
          >
            {labels.retry}
          </Button>
        ) : (
          <a href="/meetings" className={buttonClasses("secondary", "sm")}>
            {search ? t.meetings.search.clear : t.meetings.filters.reset}
          </a>
        )}
      </div>
    </div>
  );
}
