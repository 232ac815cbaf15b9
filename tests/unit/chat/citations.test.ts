import { describe, expect, it } from "vitest";
import { type Citation, CitationRewriter, stripMarkers } from "@/lib/chat/citations";

const MEETING = "00000000-0000-4000-8000-00000000000a";
const shown = new Map<string, Citation>([
  ["1:14", { meetingId: MEETING, seq: 14, speaker: "Ana", startMs: 70_000, text: "The budget is approved." }],
  ["1:15", { meetingId: MEETING, seq: 15, speaker: "Ben", startMs: 75_000, text: "Launch moves to May." }],
]);
const rewriter = () => new CitationRewriter((meeting, seq) => shown.get(`${meeting}:${seq}`));

function run(deltas: string[]) {
  const r = rewriter();
  let text = "";
  const introduced: number[] = [];
  for (const delta of deltas) {
    const out = r.push(delta);
    text += out.text;
    introduced.push(...out.citations.map((c) => c.n));
  }
  const rest = r.flush();
  text += rest.text;
  introduced.push(...rest.citations.map((c) => c.n));
  return { text, introduced, rewriter: r };
}

describe("mapping the model's segment labels to citations", () => {
  it("numbers labels of segments it was shown in the order they are first cited", () => {
    const { text, rewriter: r } = run([
      "The budget was approved [m1:14]. Launch moved [m1:15] and budget [m1:14] again.",
    ]);
    expect(text).toBe("The budget was approved [1]. Launch moved [2] and budget [1] again.");
    expect(r.cited.map((c) => [c.n, c.citation.seq])).toEqual([
      [1, 14],
      [2, 15],
    ]);
  });

  it("drops a sentence whose every label is one the model was never shown", () => {
    const { text, rewriter: r } = run([
      "Approved [m1:14]. Hiring froze [m1:99]. Also [m7:1]. Moved [m1:15].",
    ]);
    expect(text).toBe("Approved [1]. Moved [2].");
    expect(r.cited.map((c) => c.n)).toEqual([1, 2]);
    expect(r.invented).toEqual(["m1:99", "m7:1"]);
  });

  it("keeps a sentence with one real label, dropping only the invented one and the space before it", () => {
    const { text, rewriter: r } = run(["Approved and frozen [m1:99, m1:14]. Moved [m1:15] [m4:2]."]);
    expect(text).toBe("Approved and frozen [1]. Moved [2].");
    expect(r.invented).toEqual(["m1:99", "m4:2"]);
  });

  it("keeps sentences without labels, such as the plain 'the meetings don't say'", () => {
    expect(run(["The meetings don't say anything about that."]).text).toBe(
      "The meetings don't say anything about that.",
    );
    expect(run(["In short: ", "approved [m1:14]. Invented [m9:9]. That is all."]).text).toBe(
      "In short: approved [1]. That is all.",
    );
  });

  it("drops an invented first sentence without leaving a space at the start", () => {
    expect(run(["Hiring froze [m1:99]. ", "Approved [m1:14]."]).text).toBe("Approved [1].");
  });

  it("judges labels written after the full stop with their sentence", () => {
    expect(run(["Hiring froze. [m1:99] Approved. [m1:14] Done."]).text).toBe("Approved. [1] Done.");
  });

  it("judges list lines one by one", () => {
    const { text } = run(["- Budget approved [m1:14]\n- Hiring fro", "zen [m1:99]\n- Launch moved [m1:15]"]);
    expect(text).toBe("- Budget approved [1]\n- Launch moved [2]");
  });

  it("leaves nothing when every sentence was invented, and never numbers what it dropped", () => {
    const { text, rewriter: r } = run(["Hiring froze [m1:99]. Offices close [m2:3]."]);
    expect(text).toBe("");
    expect(r.cited).toEqual([]);
  });

  it("sends nothing of a sentence until it is complete", () => {
    const r = rewriter();
    expect(r.push("Hiring froze [m1:").text).toBe("");
    expect(r.push("99]. Approved [m1:14]").text).toBe("");
    expect(r.push(". Next").text).toBe("Approved [1].");
    expect(r.flush().text).toBe(" Next");
  });

  it("drops a label cut off by the end of the stream", () => {
    expect(run(["Approved [m1:14]. The launch [m1:"]).text).toBe("Approved [1]. The launch");
  });

  it("rewrites labels that arrive split across streamed chunks", () => {
    const { text, introduced } = run(["Approved [", "m1", ":1", "4] and moved [m1:", "15]."]);
    expect(text).toBe("Approved [1] and moved [2].");
    expect(introduced).toEqual([1, 2]);
  });

  it("reads several labels in one bracket, ranges and loose spacing", () => {
    const { text } = run(["Both [m1:14, m1:15]. Range [M1: 15-16]. Short [m1:14, 15]."]);
    expect(text).toBe("Both [1][2]. Range [2]. Short [1][2].");
  });

  it("turns a bare number in brackets into parentheses so it cannot pose as a citation", () => {
    expect(run(["See item [3] of the list [m1:14]."]).text).toBe("See item (3) of the list [1].");
  });

  it("leaves ordinary brackets alone", () => {
    expect(run(["The [draft] plan [m1:15]."]).text).toBe("The [draft] plan [1].");
  });
});

describe("stripMarkers", () => {
  it("removes citation markers for readers without chips", () => {
    expect(stripMarkers("Approved [1]. Moved [2][3].\nDone [4]")).toBe("Approved. Moved.\nDone");
  });
});
