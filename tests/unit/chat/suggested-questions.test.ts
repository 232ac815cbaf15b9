import { describe, expect, it } from "vitest";
import { interleave, type MeetingNotes, questionsFrom } from "@/lib/chat/suggested-questions";

const notes = (over: Partial<MeetingNotes>): MeetingNotes => ({
  decisions: [],
  questions: [],
  keywords: [],
  actionItems: 0,
  ...over,
});

describe("suggested questions", () => {
  it("asks what was decided about the topics the decisions name, then action items and open questions", () => {
    const questions = questionsFrom(
      notes({
        decisions: [{ text: "We move the Launch to May." }],
        questions: [{ text: "Who pays?" }],
        keywords: [
          { term: "launch", count: 4 },
          { term: "budget", count: 3 },
        ],
        actionItems: 2,
      }),
      "en",
    );
    expect(questions).toEqual([
      "What did we decide about launch?",
      "What are my action items?",
      "Which questions are still open?",
      "What was said about “budget”?",
    ]);
  });

  it("writes them in the language asked for", () => {
    expect(questionsFrom(notes({ actionItems: 1 }), "es")).toEqual(["¿Cuáles son mis tareas?"]);
  });

  it("quotes a topic from a meeting in another language instead of reading it as a word of the question", () => {
    const spanishMeeting = notes({
      decisions: [{ text: "Movemos la entrega a mayo." }],
      keywords: [
        { term: "entrega", count: 4 },
        { term: "presupuesto", count: 3 },
      ],
    });
    expect(questionsFrom(spanishMeeting, "en", "es")).toEqual([
      "What did we decide about “entrega”?",
      "What was said about “presupuesto”?",
    ]);
    const englishMeeting = notes({
      decisions: [{ text: "We move the delivery to May." }],
      keywords: [{ term: "delivery", count: 4 }],
    });
    expect(questionsFrom(englishMeeting, "es", "en")).toEqual(["¿Qué decidimos sobre «delivery»?"]);
    expect(questionsFrom(englishMeeting, "en", "en")).toEqual(["What did we decide about delivery?"]);
  });

  it("offers nothing from a meeting without notes", () => {
    expect(questionsFrom(notes({ decisions: null, questions: null, keywords: null }), "en")).toEqual([]);
  });

  it("takes from each meeting in turn, without repeats, up to the limit", () => {
    expect(interleave([["a1", "shared", "a3"], ["b1", "shared"], ["c1"]], 4)).toEqual([
      "a1",
      "b1",
      "c1",
      "shared",
    ]);
    expect(interleave([], 4)).toEqual([]);
  });
});
