import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { words } from "@/lib/kernel/text/tokenize";
import { meeting } from "./meeting";

const LAUNCH_MEETING = [
  "Alice: Okay, um, let's start. The goal today is to agree on the launch plan for the new mobile app.",
  "Bob: Sure. So the beta feedback was mostly positive, users liked the offline mode and the new onboarding.",
  "Carol: Yeah.",
  "Bob: The main complaint from beta users was battery drain during long sync sessions on older phones.",
  "Alice: Right, the battery drain needs a fix before we launch, otherwise reviews will suffer.",
  "Carol: Engineering thinks the battery drain fix takes about two weeks, mostly testing on older phones.",
  "Alice: Mm-hmm.",
  "Bob: Marketing wants to launch the app in April with a press release and a small paid campaign.",
  "Carol: The paid campaign budget is ten thousand euros, split between social ads and app store ads.",
  "Alice: I think the app store ads matter more, because most installs come from search.",
  "Bob: Okay.",
  "Carol: We also need to translate the app store listing into Spanish and Portuguese before the launch.",
  "Alice: The translation of the store listing can be done by the agency we used last year.",
  "Bob: Pricing stays the same, the app is free with a premium plan at four euros a month.",
  "Carol: Support needs a new help center article for the offline mode and the premium plan.",
  "Alice: The battery drain fix needs to land before the launch.",
  "Alice: So to sum up, we launch in April once the battery drain is fixed and the listing is translated.",
];

const REPORTING_WORDS = [
  "alice",
  "bob",
  "carol",
  "alice's",
  "bob's",
  "carol's",
  "said",
  "noted",
  "explained",
  "pointed",
  "out",
  "suggested",
  "asked",
  "they",
  "their",
  "them",
  "they're",
  "they'll",
  "they've",
  "is",
  "has",
  "will",
  "would",
];

describe("summary", () => {
  it("is a paragraph built only from what was said, without fillers or markers", () => {
    const { summary } = analyzeLocally(meeting([...LAUNCH_MEETING, "Bob: {vocalsound} Um, uh, yeah."]));
    expect(summary.length).toBeGreaterThan(0);
    expect(summary).not.toMatch(/\n|\{|\bum\b|\buh\b/i);
    // Reported in the third person: speakers' names and reporting words are the only additions.
    const said = new Set([...LAUNCH_MEETING.flatMap((line) => words(line)), ...REPORTING_WORDS]);
    for (const word of words(summary)) expect(said.has(word)).toBe(true);
  });

  it("stays within the word budget and a share of a short meeting", () => {
    const long = analyzeLocally(meeting(LAUNCH_MEETING)).summary;
    expect(words(long).length).toBeGreaterThan(40);
    expect(words(long).length).toBeLessThanOrEqual(190);
    const short = analyzeLocally(
      meeting([
        "Ana: The vendor contract renewal is due at the end of the month and the price goes up.",
        "Luis: Okay.",
      ]),
    ).summary;
    expect(short).toBe(
      "Ana said the vendor contract renewal is due at the end of the month and the price goes up.",
    );
  });

  it("does not repeat a point made twice", () => {
    const repeated = "The data migration to the new warehouse must finish before the quarterly audit starts.";
    const { summary } = analyzeLocally(
      meeting([
        ...LAUNCH_MEETING,
        `Bob: ${repeated}`,
        "Carol: Agreed, the audit is the hard deadline.",
        `Alice: Yes. ${repeated}`,
        `Carol: So, to repeat: ${repeated.toLowerCase()}`,
      ]),
    );
    expect(summary.split("data migration to the new warehouse").length - 1).toBeLessThanOrEqual(1);
  });

  it("lists key points that follow the meeting and cite their segment", () => {
    const { keyPoints } = analyzeLocally(meeting(LAUNCH_MEETING));
    expect(keyPoints.length).toBe(5);
    const seqs = keyPoints.map((point) => point.seqs[0] as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    for (const point of keyPoints) {
      const cited = LAUNCH_MEETING[point.seqs[0] as number] as string;
      expect(cited.toLowerCase()).toContain(point.text.slice(1, 30).toLowerCase());
    }
  });
});
