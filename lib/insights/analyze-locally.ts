import { extractActionItems } from "@/lib/insights/local/action-items";
import { assignPatterns, BASE_PATTERNS } from "@/lib/insights/local/action-patterns";
import { calendarDateIn } from "@/lib/insights/local/calendar";
import { findDecisions } from "@/lib/insights/local/decisions";
import { keyPoints } from "@/lib/insights/local/key-points";
import { extractKeywords } from "@/lib/insights/local/keywords";
import { mentionedOwners } from "@/lib/insights/local/mentioned-owners";
import { buildNameIndex, namePattern } from "@/lib/insights/local/names";
import { findOpenQuestions } from "@/lib/insights/local/questions";
import { scoreSentences } from "@/lib/insights/local/sentence-scores";
import { pickSummarySentences } from "@/lib/insights/local/summarize";
import { summaryInThirdPerson } from "@/lib/insights/local/summary-voice";
import { talkTime } from "@/lib/insights/local/talk-time";
import { templateProfile } from "@/lib/insights/local/templates";
import { findWatchlistHits } from "@/lib/insights/local/watchlist";
import { cleanSegments, sentencesOf } from "@/lib/insights/sentences";
import type { AnalysisInput, Insights } from "@/lib/insights/types";
import { detectLanguage } from "@/lib/kernel/text/detect-language";

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
