import type { Messages } from "@/lib/i18n/messages";

/** A failed meeting-page action in the reader's words: the server sends a reason key, never prose. */
export function actionErrorMessage(t: Messages, error: string): string {
  const errors: Record<string, string> = t.meetingPage.errors;
  return errors[error] ?? t.meetingPage.errors.unknown;
}
