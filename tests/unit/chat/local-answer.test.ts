import { describe, expect, it } from "vitest";
import { answerLocally, localAnswerSource } from "@/lib/chat/answer-local";
import type { AnswerEvent } from "@/lib/chat/chat-stream";
import { composeFromPassages, judgeEvidence } from "@/lib/chat/compose-answer";
import { detectIntent } from "@/lib/chat/intents";
import { spellOut } from "@/lib/chat/spell-out";
import { MEETING, retrievalFor, turnsFrom } from "./fixtures";

const meeting = turnsFrom([
  "Ana: Good morning everyone, let's start.",
  "Ben: The marketing campaign for the spring launch is ready.",
  "Ana: What about the budget for the campaign?",
  "Ben: The campaign budget is forty thousand euros, approved by finance.",
  "Carla: We should hire two designers for the launch website.",
  "Ana: Agreed, the designers start in April.",
  "Ben: Lunch is at one.",
]);

async function collect(events: AsyncIterable<AnswerEvent>) {
  let text = "";
  const citations: number[] = [];
  for await (const event of events) {
    if (event.type === "text") text += event.text;
    else citations.push(event.citation.seq);
  }
  return { text, citations };
}

describe("composing an answer from the retrieved talk", () => {
  it("quotes the best matching sentences, each citing its line", () => {
    const sentences = composeFromPassages(retrievalFor("What is the campaign budget?", meeting));
    expect(sentences.length).toBeGreaterThan(0);
    const budget = sentences.find((sentence) => sentence.text.includes("forty thousand euros"));
    expect(budget?.cites.map((cite) => cite.seq)).toEqual([3]);
    expect(budget?.speaker).toBe("Ben");
    for (const sentence of sentences) expect(sentence.cites).toHaveLength(1);
  });

  it("judges a question none of whose topic words were said as unanswered", () => {
    expect(judgeEvidence(retrievalFor("What is the recipe for seafood paella?", meeting))).toBe("none");
    expect(judgeEvidence(retrievalFor("What is the campaign budget?", meeting))).toBe("answers");
  });
});

describe("the local engine", () => {
  it("says plainly that the meetings don't say, in the question's language, with no citations", async () => {
    const question = "¿Cuál es la receta de la paella de marisco?";
    const answer = await answerLocally({
      userId: "00000000-0000-4000-8000-0000000000ff",
      question,
      language: "es",
      retrieval: retrievalFor(question, meeting),
      scope: { meetingIds: [MEETING] },
    });
    expect(answer.answered).toBe(false);
    const { text, citations } = await collect(localAnswerSource(answer, {}).events);
    expect(text).toBe("Las reuniones no dicen nada sobre eso.");
    expect(citations).toEqual([]);
  });

  it("streams each quoted sentence with its [n] marker after the citation it introduces", async () => {
    const question = "What was said about designers for the website?";
    const answer = await answerLocally({
      userId: "00000000-0000-4000-8000-0000000000ff",
      question,
      language: "en",
      retrieval: retrievalFor(question, meeting),
      scope: { meetingIds: [MEETING] },
    });
    expect(answer.answered).toBe(true);
    const events: AnswerEvent[] = [];
    for await (const event of localAnswerSource(answer, {}).events) events.push(event);
    const firstCitation = events.findIndex((event) => event.type === "citation");
    const firstMarker = events.findIndex((event) => event.type === "text" && event.text.includes("[1]"));
    expect(firstCitation).toBeGreaterThanOrEqual(0);
    expect(firstCitation).toBeLessThan(firstMarker);
    const { text } = await collect(localAnswerSource(answer, {}).events);
    expect(text).toMatch(/^Carla: .*designers.*\[1\]/);
  });
});

describe("question intents", () => {
  it("recognises action items, decisions, summaries and dates in both languages", () => {
    expect(detectIntent("What are my action items?")).toMatchObject({ actionItems: true, mine: true });
    expect(detectIntent("¿Cuáles son mis tareas pendientes?")).toMatchObject({
      actionItems: true,
      mine: true,
    });
    expect(detectIntent("What did we decide about pricing?").decisions).toBe(true);
    expect(detectIntent("¿Qué decidimos sobre el precio?").decisions).toBe(true);
    expect(detectIntent("Why did Ana agree with Ben?").decisions).toBe(false);
    expect(detectIntent("When is the launch?").when).toBe(true);
    expect(detectIntent("What did Ana say when discussing the launch?").when).toBe(false);
    expect(detectIntent("Who said we should hire designers?").who).toBe(true);
    expect(detectIntent("How are the children who were in foster care?").who).toBe(false);
    expect(detectIntent("Summarize the meeting").summary).toBe(true);
  });
});

describe("quoted sentences", () => {
  it("write spoken English contractions out, keeping possessives and capitals", () => {
    expect(spellOut("Let's ship it, it's ready and we're done")).toBe(
      "Let us ship it, it is ready and we are done",
    );
    expect(spellOut("Won't work; John's plan isn't ready")).toBe("Will not work; John's plan is not ready");
  });
});
