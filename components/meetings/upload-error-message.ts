import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import type { UploadFailure } from "@/lib/ingest/upload-check.client";

// Problem codes that mean the same to a user as a reason with its own message.
const SAME_AS: Record<string, string> = { payload_too_large: "file_too_large" };

const BY_STATUS: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "file_too_large",
  415: "unsupported_media_type",
  422: "validation",
  429: "rate_limited",
};

// A reason with no message of its own (a newer server, a proxy) is described by its status.
function byStatus(status: number | undefined): string {
  if (status === undefined) return "failed";
  if (status >= 500) return "internal";
  return BY_STATUS[status] ?? "failed";
}

function formatSize(bytes: number, locale: Locale): string {
  const gb = bytes / 1024 ** 3;
  const [value, unit] = gb >= 1 ? [gb, "gigabyte"] : [bytes / 1024 ** 2, "megabyte"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}

/** A failed upload in the user's language, naming the line or JSON segment at fault when the server did. */
export function uploadErrorMessage(failure: UploadFailure, t: Messages, locale: Locale): string {
  const messages = t.meetingsPage.uploadErrors as Record<string, string>;
  const reason = SAME_AS[failure.reason] ?? failure.reason;
  const { line, segment } = failure.location ?? {};
  const atLine = messages[`${reason}_line`];
  if (line && atLine) return fill(atLine, { line });
  const atSegment = messages[`${reason}_segment`];
  if (segment && atSegment) return fill(atSegment, { segment });
  if (reason === "rate_limited" && failure.retryAfterSeconds)
    return fill(messages.rate_limited_wait ?? "", { seconds: failure.retryAfterSeconds });
  if (reason === "internal" && failure.requestId)
    return fill(messages.internal_id ?? "", { requestId: failure.requestId });
  const message = messages[reason] ?? messages[byStatus(failure.status)] ?? messages.failed ?? "";
  return fill(message, { size: formatSize(failure.size ?? 0, locale) });
}
