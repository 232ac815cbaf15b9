/** What a meeting created for an upload is called before anyone names it. */
export const DEFAULT_MEETING_TITLE = "Meeting";

/** The title the browser gives a meeting created for an uploaded file: its name without the extension. */
export function titleFromFileName(name: string): string {
  const base = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters don't belong in a title
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .replace(/[_-]+/g, " ")
    .trim();
  // Cut to the 300 UTF-16 units a title may have, never through the middle of a character.
  return (base || DEFAULT_MEETING_TITLE).slice(0, 300).replace(/[\ud800-\udbff]$/, "");
}

/**
 * Whether a meeting's title is still the one nobody chose (the default, or the one made from the
 * uploaded file's name), so a title carried by the file itself may replace it.
 */
export function isPlaceholderTitle(title: string, fileName?: string): boolean {
  if (title === DEFAULT_MEETING_TITLE) return true;
  return fileName !== undefined && title === titleFromFileName(fileName);
}
