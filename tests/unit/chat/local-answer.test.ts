import { describe, expect, it } from "vitest";
import { askedFact, findFact } from "@/lib/chat/answer-facts";
import { answerLocally, localAnswerSource } from "@/lib/chat/answer-local";
import type { AnswerEvent } from "@/lib/chat/chat-stream";
import { composeFromPassages } from "@/lib/chat/compose-answer";
import { detectIntent } from "@/lib/chat/intents";
import { supportingPassage } from "@/lib/chat/support";
import { isVerbatim, spokenText } from "@/lib/chat/verbatim";
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
  it("leads with the line that answers, then at most three quotes, each citing its line", () => {
    const sentences = composeFromPassages(retrievalFor("What is the campaign budget?", meeting));
    expect(sentences[0]).toMatchObject({ role: "lead", speaker: "Ben" });
    expect(sentences[0]?.text).toContain("forty thousand euros");
    expect(sentences[0]?.cites.map((cite) => cite.seq)).toEqual([3]);
    expect(sentences.length).toBeLessThanOrEqual(4);
    for (const sentence of sentences.slice(1)) expect(sentence.role).toBe("quote");
    for (const sentence of sentences) expect(sentence.cites).toHaveLength(1);
  });

  it("backs the lead with a line from another stretch of talk before a second line from its own", () => {
    const filler = Array.from({ length: 14 }, (_, i) => `Ana: Item ${i + 1} is on the agenda next.`);
    const talk = turnsFrom([
      "Ben: The pricing page redesign shows three pricing tiers side by side.",
      "Carla: The pricing tiers on the redesign need a yearly toggle too.",
      ...filler,
      "Omar: In testing, customers found the new pricing layout much clearer to read.",
    ]);
    const question = "What did the team think about the pricing page redesign?";
    const sentences = composeFromPassages(retrievalFor(question, talk), { maxQuotes: 1 });
    expect(sentences).toHaveLength(2);
    const seqs = sentences.map((sentence) => sentence.cites[0]?.seq ?? -1);
    expect(Math.abs((seqs[0] ?? 0) - (seqs[1] ?? 0))).toBeGreaterThan(2);
  });

  it("opens with the figure asked for, the one said most often near the question's words", () => {
    const talk = turnsFrom([
      "Tom: So we run about sixty dispatchers across three hubs, and they spend most of the day on calls.",
      "Sarah: For sixty dispatchers, that's around twenty-five thousand a year.",
      "Tom: We don't just have the sixty dispatchers, the supervisors would want it too.",
      "Sarah: The other thing I'd suggest is a paid pilot, say one hub, twenty dispatchers, for sixty days.",
    ]);
    const question = "How many dispatchers do they have?";
    const sentences = composeFromPassages(retrievalFor(question, talk), { fact: askedFact(question) });
    expect(sentences[0]?.fact?.toLowerCase()).toContain("sixty dispatchers");
  });

  it("judges a question whose key words are not said together as unsupported", () => {
    expect(supportingPassage(retrievalFor("What is the recipe for seafood paella?", meeting))).toBeNull();
    expect(supportingPassage(retrievalFor("What is the campaign budget?", meeting))).not.toBeNull();
    // "Q3" is said in one meeting and "revenue" in another: neither answers "our Q3 revenue".
    const two = [
      ...turnsFrom(["Ana: The Q3 priority is custom reports.", "Luis: Agreed, reports first in Q3."], {
        meetingId: "00000000-0000-4000-8000-000000000002",
      }),
      ...turnsFrom(["Sarah: Gong is really strong for revenue teams.", "Tom: We run sixty dispatchers."], {
        meetingId: "00000000-0000-4000-8000-000000000003",
      }),
    ];
    expect(supportingPassage(retrievalFor("What was our Q3 revenue?", two))).toBeNull();
    expect(supportingPassage(retrievalFor("What is the Q3 priority?", two))).not.toBeNull();
    // A name the meetings never use is no detail to skip: Globex is not this meeting's company.
    expect(supportingPassage(retrievalFor("What is the campaign budget of Globex?", meeting))).toBeNull();
  });

  it("judges a 'how many' question unsupported where the thing it counts is not said", () => {
    const support = (question: string) =>
      supportingPassage(retrievalFor(question, meeting), { fact: askedFact(question) });
    expect(support("How many designers will we hire for the launch website?")).not.toBeNull();
    expect(support("How many trucks does the launch website need?")).toBeNull();
    expect(support("¿Cuántos camiones necesita el launch website?")).toBeNull();
    // What the talk gives without naming it still counts: "forty thousand euros" is how much money.
    expect(support("How much money is the campaign budget?")).not.toBeNull();
  });

  it("asks fewer of its own words be said of a question asking for an account than of one asking for a fact", () => {
    // "hiring" and "website" are said together; "plan" and "overhaul" are the asker's wording.
    const account = "What did the team think about the hiring plan for the website overhaul?";
    expect(supportingPassage(retrievalFor(account, meeting))).not.toBeNull();
    const why = "Why did Carla want designers for the website overhaul and rebranding?";
    expect(supportingPassage(retrievalFor(why, meeting))).not.toBeNull();
    expect(
      supportingPassage(retrievalFor("What is the hiring plan for the website overhaul?", meeting)),
    ).toBeNull();
    const headcount = "What is the headcount of designers for the website overhaul and rebranding?";
    expect(supportingPassage(retrievalFor(headcount, meeting))).toBeNull();
  });
});

describe("facts asked for", () => {
  it("knows when a question asks for a number, a date or a name, in both languages", () => {
    expect(askedFact("How many dispatchers does Acme have?")).toBe("number");
    expect(askedFact("¿Cuánto cuesta el plan Pro al mes?")).toBe("number");
    expect(askedFact("When does the release branch freeze?")).toBe("date");
    expect(askedFact("¿A qué hora es la charla del lunes?")).toBe("date");
    expect(askedFact("Who will take over the billing migration?")).toBe("name");
    expect(askedFact("¿Cómo se llama la directora financiera?")).toBe("name");
    expect(askedFact("What did the group discuss about the budget?")).toBeNull();
  });

  it("finds the figure, date or name a sentence gives, nearest the topic", () => {
    const topicStems = new Set(["dispatch"]);
    expect(
      findFact("number", "So we run about sixty dispatchers across three hubs", {
        topicStems,
        language: "en",
      }),
    ).toBe("about sixty dispatchers");
    expect(
      findFact("date", "I'll send the proposal by Friday, with the pricing", { topicStems, language: "en" }),
    ).toBe("by Friday");
    expect(
      findFact("date", "hay que revisar los precios antes del 15 de julio", { topicStems, language: "es" }),
    ).toBe("antes del 15 de julio");
    expect(
      findFact("name", "Her name is Linda Chen, she's usually pretty booked", { topicStems, language: "en" }),
    ).toBe("Linda Chen");
    expect(
      findFact("name", "I'm blocked on the staging certificate; the request is pending with IT.", {
        topicStems,
        language: "en",
      }),
    ).toBeNull();
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
    expect(text).toMatch(/^Carla: “We should hire two designers for the launch website\.” \[1\]/);
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

describe("quoted lines", () => {
  it("are the speaker's words, never reworded", async () => {
    const talk = turnsFrom([
      "Grace: What if we move the billing migration to Omar? He's finishing the export work and he's worked on billing before.",
      "Daniel: Let's do it, I've got a doc with where I am, so the billing handoff wouldn't be bad.",
      "Grace: Perfect. I'll talk to Omar tomorrow about the billing handoff.",
    ]);
    const question = "What about the billing migration and the handoff?";
    const answer = await answerLocally({
      userId: "00000000-0000-4000-8000-0000000000ff",
      question,
      language: "en",
      retrieval: retrievalFor(question, talk),
      scope: { meetingIds: [MEETING] },
    });
    expect(answer.answered).toBe(true);
    const lines = answer.sentences.filter((sentence) => sentence.role);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(4);
    for (const line of lines) expect(isVerbatim(line.text, line.cites[0]?.text ?? "")).toBe(true);
    const { text } = await collect(localAnswerSource(answer, {}).events);
    expect(text).not.toMatch(/he is worked|Let us|I have got|would not/);
    for (const quoted of text.match(/“[^”]+”/g) ?? [])
      expect(talk.some((turn) => isVerbatim(quoted.slice(1, -1), turn.text))).toBe(true);
  });

  it("isVerbatim accepts a stretch of the line and rejects a rewording", () => {
    const line = "So um we run about sixty {disfmarker} dispatchers, and he's worked on it.";
    expect(isVerbatim("we run about sixty dispatchers", line)).toBe(true);
    expect(isVerbatim("he's worked on it", line)).toBe(true);
    expect(isVerbatim("he is worked on it", line)).toBe(false);
    expect(isVerbatim("we run sixty dispatchers", line)).toBe(false);
  });

  it("show letters a transcript spells out as the word they spell", () => {
    expect(spokenText("So the L_C_D_ {vocalsound} and two T_V_s")).toBe("So the LCD and two TVs");
    expect(isVerbatim("the LCD and two TVs", "So the L_C_D_ and two T_V_s")).toBe(true);
    expect(spokenText("a snake_case name_ stays")).toBe("a snake_case name_ stays");
  });
});
