export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      data-testid="upload-progress"
      className="h-2 w-full overflow-hidden rounded-full bg-muted"
    >
      <div
        className={
          percent === null
            ? "h-full w-1/3 animate-pulse rounded-full bg-primary"
            : "h-full rounded-full bg-primary transition-[width]"
        }
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
