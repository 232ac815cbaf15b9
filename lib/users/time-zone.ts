let ianaZones: Set<string> | undefined;

/**
 * The canonical IANA name of a time zone ("europe/madrid" → "Europe/Madrid", "GMT" → "UTC"), or
 * null when it isn't one. Offsets like "+01:00" are refused although Intl accepts them: they have
 * no daylight-saving rules, so dates like "next Friday" would drift by an hour half the year.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!zone || zone.length > 64) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  ianaZones ??= new Set(Intl.supportedValuesOf("timeZone"));
  // The supported list leaves out UTC and the fixed Etc/ zones, which are IANA names too.
  return resolved === "UTC" || resolved.startsWith("Etc/") || ianaZones.has(resolved) ? resolved : null;
}
