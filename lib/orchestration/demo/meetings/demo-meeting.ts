/**
 * A sample meeting seeded by `npm run minuta -- demo seed` so a new install shows a populated app.
 * The transcript is plain text, one turn per line: "[hh:mm:ss] Speaker: text"; every speaker is
 * listed in participants under the same name.
 */
export type DemoMeeting = {
  title: string;
  language: "es" | "en";
  /** When it happened, relative to the seed time. */
  daysAgo: number;
  /** Start hour in UTC, e.g. 9 for 09:00 UTC. */
  startHourUtc: number;
  participants: { name: string; email?: string }[];
  template: "default" | "one_on_one" | "sales_call" | "standup" | "safety_inspection";
  transcript: string;
};
