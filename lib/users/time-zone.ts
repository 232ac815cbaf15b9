import { CURRENT_ZONE_NAMES } from "./current-zone-names";

let ianaZones: Set<string> | undefined;

/**
 * The current canonical IANA name of a time zone ("europe/madrid" → "Europe/Madrid", "GMT" → "UTC",
 * "Asia/Calcutta" → "Asia/Kolkata"), or null when it isn't one. Offsets like "+01:00" are refused
 * although Intl accepts them: they have no daylight-saving rules, so dates like "next Friday"
 * would drift by an hour half the year.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!zone || zone.length > 64) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en", { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  ianaZones ??= new Set(Intl.supportedValuesOf("timeZone"));
  // The supported list leaves out UTC and the fixed Etc/ zones, which are IANA names too.
  if (resolved !== "UTC" && !resolved.startsWith("Etc/") && !ianaZones.has(resolved)) return null;
  return CURRENT_ZONE_NAMES[resolved] ?? resolved;
}

/** The zones a person can choose from, under their current names: UTC first, then alphabetically. */
export function selectableTimeZones(): string[] {
  const current = Intl.supportedValuesOf("timeZone").map((zone) => CURRENT_ZONE_NAMES[zone] ?? zone);
  const zones = [...new Set(current)].filter((zone) => zone !== "UTC").sort();
  return ["UTC", ...zones];
}
