import { cleanSegments, sentencesOf } from "@/lib/insights/sentences";
import type { AnalysisInput, Insights } from "@/lib/insights/types";
import { detectLanguage } from "@/lib/kernel/text/detect-language";
import { extractActionItems } from "./action-items";
import { assignPatterns, BASE_PATTERNS } from "./action-patterns";
import { calendarDateIn } from "./calendar";
import { findDecisions } from "./decisions";
import { keyPoints } from "./key-points";
import { extractKeywords } from "./keywords";
import { mentionedOwners } from "./mentioned-owners";
import { buildNameIndex, namePattern } from "./names";
import { findOpenQuestions } from "./questions";
import { scoreSentences } from "./sentence-scores";
import { pickSummarySentences } from "./summarize";
import { summaryInThirdPerson } from "./summary-voice";
import { talkTime } from "./talk-time";
import { templateProfile } from "./templates";
import { findWatchlistHits } from "./watchlist";

/**
 * Notes, action items, keywords and talk time from a transcript with no network and no model:
 * pure, synchronous and deterministic (the same input always gives the same insights).
 */
export function analyzeLocally(input: AnalysisInput): Insights {
  const segments = cleanSegments(input.segments);
  const language =
    input.language === "auto" ? detectLanguage(segments.map((segment) => segment.text)) : input.language;
  const sentences = sentencesOf(segments);
  const profile = templateProfile(input.template);
  const speakers = [...new Set(segments.map((segment) => segment.speaker.trim()).filter(Boolean))];
  const known = buildNameIndex(input.participants, speakers);
  const mentioned = mentionedOwners(sentences, (key) => known.resolve(key) !== undefined);
  const names =
    mentioned.length > 0 ? buildNameIndex([...input.participants, ...mentioned], speakers) : known;
  const pattern = namePattern(names);

  const scored = scoreSentences(sentences, language);
  const totalWords = sentences.reduce((sum, sentence) => sum + sentence.wordCount, 0);
  const summarySentences = pickSummarySentences(scored, totalWords);

  const { items: actionItems, requests } = extractActionItems({
    sentences,
    segments,
    language,
    today: calendarDateIn(input.meetingDate, input.timezone),
    patterns: [...(pattern ? assignPatterns(pattern) : []), ...BASE_PATTERNS, ...profile.actionPatterns],
    names,
    namePattern: pattern,
    partnerOf: (speaker) => {
      if (!profile.requestsGoToPartner || speakers.length !== 2) return null;
      return speakers.find((other) => other !== speaker.trim()) ?? null;
    },
  });

  return {
    summary: summaryInThirdPerson(summarySentences, segments, language),
    keyPoints: keyPoints(scored, sentences, profile.emphasis, language),
    decisions: findDecisions(sentences, segments, language),
    questions: findOpenQuestions(sentences, segments, language, (sentence) => requests.has(sentence.id)),
    actionItems,
    keywords: extractKeywords(segments, language, (word) => names.resolve(word) !== undefined),
    watchlistHits: findWatchlistHits(input.segments, input.watchlist),
    talkTime: talkTime(input.segments),
    engine: "local",
    template: input.template,
  };
}
