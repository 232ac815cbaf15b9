import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { cleanText } from "@/lib/kernel/text/clean-text";
import { detectLanguage } from "@/lib/kernel/text/detect-language";
import { meeting } from "./meeting";

describe("language detection", () => {
  it("tells Spanish from English by their function words", () => {
    expect(detectLanguage(["Bueno, el presupuesto para la campaña de verano está casi cerrado."])).toBe("es");
    expect(
      detectLanguage(["So the budget for the summer campaign is almost done, and we have to ship it."]),
    ).toBe("en");
  });

  it("picks the meeting's main language when English words appear in Spanish talk", () => {
    expect(
      detectLanguage(["Vale, el deadline del sprint es el viernes y el roadmap lo vemos con el equipo."]),
    ).toBe("es");
  });

  it("defaults to English when there is nothing to go on", () => {
    expect(detectLanguage([])).toBe("en");
    expect(detectLanguage(["12345 !!!"])).toBe("en");
  });

  it("labels Spanish key points in Spanish when the language is auto", () => {
    const insights = analyzeLocally(
      meeting(
        [
          "Jefe de obra: Hemos visto un riesgo de caída en el andamio de la fachada norte.",
          "Técnico: Falta la barandilla en el segundo nivel del andamio y hay que reponerla hoy.",
        ],
        { template: "safety_inspection" },
      ),
    );
    expect(insights.keyPoints[0]?.text).toMatch(/^Riesgo: /);
  });
});

describe("transcript cleaning", () => {
  it("drops transcriber markers, fillers, stutters and cut-off words", () => {
    expect(cleanText("Okay . So , this is uh first meeting of the the design project {vocalsound} .")).toBe(
      "Okay. So, this is first meeting of the design project.",
    );
    expect(cleanText("So whe where do we identify the components of our um product ?")).toBe(
      "So where do we identify the components of our product?",
    );
    expect(cleanText("Pues, este, o sea, hay que enviar el presupuesto, ¿eh?")).toBe(
      "Hay que enviar el presupuesto",
    );
  });

  it("keeps words that only sound like fillers", () => {
    expect(cleanText("Este proyecto es importante, o sea que hay que cuidarlo.")).toBe(
      "Este proyecto es importante, o sea que hay que cuidarlo.",
    );
    expect(cleanText("I was on one of the calls.")).toBe("I was on one of the calls.");
  });

  it("rejoins split contractions and empties text with nothing said", () => {
    expect(cleanText("we 're sure it does n't work")).toBe("We're sure it doesn't work");
    expect(cleanText("{gap} {vocalsound} .. .")).toBe("");
    expect(cleanText("[Inaudible.]")).toBe("");
  });
});
