import { AppError } from "@/lib/kernel/errors";

/** An uploaded file's name is only ever shown, never used as a path; refuse names that pretend to be one. */
export function checkUploadFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw new AppError("validation", "The file name contains control characters.", {
      reason: "bad_file_name",
      errors: [{ path: "file", message: "file name contains control characters" }],
    });
  }
  if (/[/\\]/.test(name) || name === "." || name === "..") {
    throw new AppError("validation", "The file name must not contain path separators.", {
      reason: "bad_file_name",
      errors: [{ path: "file", message: "file name contains a path separator" }],
    });
  }
  return name.slice(0, 255);
}
