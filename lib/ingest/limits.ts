import { AppError } from "@/lib/errors";

export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024 * 1024;

export function fileTooLarge(limit: number): AppError {
  const mb = Math.round(limit / 1024 / 1024);
  return new AppError(
    "payload_too_large",
    `The file is larger than the ${mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`} limit.`,
    {
      reason: "file_too_large",
    },
  );
}
