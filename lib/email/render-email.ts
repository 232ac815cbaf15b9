import { render } from "@react-email/components";
import type { ReactElement } from "react";

export type RenderedEmail = { subject: string; html: string; text: string };

const MAX_SUBJECT = 400;

/** A subject is one header line: no control characters (no header injection), bounded length. */
export function subjectLine(value: string): string {
  const printable = Array.from(value, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f ? " " : char;
  }).join("");
  const line = printable.replace(/\s+/g, " ").trim();
  return line.length > MAX_SUBJECT ? `${line.slice(0, MAX_SUBJECT - 1)}…` : line;
}

/** HTML and plain-text bodies of a react-email template. */
export async function renderEmail(element: ReactElement, subject: string): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: subjectLine(subject), html, text };
}
