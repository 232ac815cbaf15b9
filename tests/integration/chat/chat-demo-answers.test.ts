import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerChat, chatBodySchema } from "@/lib/chat/chat-request";
import type { Citation } from "@/lib/chat/citations";
import { isVerbatim } from "@/lib/chat/verbatim";
import { closeDb } from "@/lib/kernel/db/client";
import { DEMO_EMAIL, seedDemo } from "@/lib/orchestration/demo/seed-demo";
import { findUserByEmail } from "@/lib/users/queries";
import { questionBody, withLocalEngine } from "./chat-helpers";

withLocalEngine();
afterAll(closeDb);

let demoId = "";
beforeAll(async () => {
  await seedDemo();
  demoId = (await findUserByEmail(DEMO_EMAIL))?.id as string;
}, 120_000);

type Answer = { text: string; citations: Citation[]; answered: boolean; chatId: string };

async function ask(question: string): Promise<Answer> {
  const response = await answerChat(demoId, chatBodySchema.parse(questionBody(question)), true);
  return (await response.json()) as Answer;
}

/** Each quoted stretch of an answer, with the citation its line ends with. */
function quotes(answer: Answer): { quote: string; citation: Citation | undefined }[] {
  return answer.text.split("\n").flatMap((line) => {
    const quoted = /[“«](.+)[”»]\s*\[(\d+)\]\s*$/.exec(line);
    if (!quoted) return [];
    return [{ quote: quoted[1] as string, citation: answer.citations[Number(quoted[2]) - 1] }];
  });
}

describe("chat answers over the demo meetings (local engine)", () => {
  it("answers how many dispatchers Acme has: the figure first, then at most three verbatim quotes", async () => {
    const answer = await ask("How many dispatchers does Acme have?");
    expect(answer.answered).toBe(true);
    const lines = answer.text.split("\n");
    expect(lines[0]).toMatch(/^(?:About )?sixty dispatchers\. /i);
    expect(lines.length).toBeLessThanOrEqual(4);
    const quoted = quotes(answer);
    expect(quoted).toHaveLength(lines.length);
    for (const { quote, citation } of quoted) {
      expect(citation).toBeDefined();
      expect(isVerbatim(quote, citation?.text ?? "")).toBe(true);
    }
    expect(answer.citations.some((citation) => /about sixty dispatchers/.test(citation.text))).toBe(true);
  });

  it("says the meetings don't say when the question's words are only said apart: Q3 and revenue", async () => {
    const answer = await ask("What was our Q3 revenue?");
    expect(answer).toMatchObject({
      answered: false,
      citations: [],
      text: "The meetings don't say anything about that.",
    });
  });

  it("says so in Spanish for Acme's finance director, never named in those words", async () => {
    const answer = await ask("¿Cómo se llama el director financiero de Acme?");
    expect(answer).toMatchObject({
      answered: false,
      citations: [],
      text: "Las reuniones no dicen nada sobre eso.",
    });
  });

  it("quotes the speaker's words as said, contractions and all", async () => {
    const answer = await ask("Who will take over the billing migration?");
    expect(answer.answered).toBe(true);
    expect(answer.text.split("\n")[0]).toMatch(/^Omar\. /);
    expect(answer.text).not.toMatch(/he is worked|Let us /);
    for (const { quote, citation } of quotes(answer))
      expect(isVerbatim(quote, citation?.text ?? "")).toBe(true);
  });
});
