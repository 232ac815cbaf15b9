import { cn } from "@/components/cn";

export function FormMessage({
  message,
  tone = "error",
  id,
}: {
  message?: string;
  tone?: "error" | "success";
  id?: string;
}) {
  if (!message) return null;
  return (
    <p
      id={id}
      role={tone === "error" ? "alert" : "status"}
      data-testid={tone === "error" ? "form-error" : "form-success"}
      className={cn(
        "text-sm",
        tone === "error" ? "text-destructive" : "text-emerald-600 dark:text-emerald-400",
      )}
    >
      {message}
    </p>
  );
}
