import { describe, expect, it } from "vitest";
import { CircuitOpenError } from "@/lib/ai/circuit-breaker";
import { transcriptionGap, transcriptionGapReason } from "@/lib/ai/providers";
import { meetingPageMessages } from "@/lib/i18n/messages/meeting-page";
import { LlmAnalysisError } from "@/lib/insights/llm-analysis-error";
import { englishReason, REASON_CODES, REASON_EN, type Reason, renderReason } from "@/lib/kernel/reasons";
import { TranscriptionError } from "@/lib/transcription/transcription-error";

const { en, es } = meetingPageMessages;
const inSpanish = (reason: Reason) => renderReason(reason, es.stored);
const inEnglish = (reason: Reason) => renderReason(reason, en.stored);

/** A value for every placeholder a code's template has, so no `{name}` is left unfilled. */
const SAMPLE: Record<string, string> = {
  status: "413",
  count: "3",
  provider: "openai",
  seconds: "30",
  text: "As stored.",
};

describe("failure reasons stored as codes, worded in the reader's language", () => {
  it("has a Spanish and an English text for every code, with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const code of REASON_CODES) {
      expect(es.stored[code], code).toBeTruthy();
      expect(placeholders(es.stored[code]), code).toEqual(placeholders(en.stored[code]));
    }
  });

  it("words every code in both languages, leaving no placeholder unfilled", () => {
    for (const code of REASON_CODES) {
      const reason: Reason = {
        code,
        params: SAMPLE,
        ...(code === "llmFallback" ? { cause: { code: "modelTimeout" } } : {}),
      };
      for (const [language, texts] of [
        ["en", en.stored],
        ["es", es.stored],
      ] as const) {
        const words = renderReason(reason, texts);
        expect(words, `${code} in ${language}`).not.toMatch(/\{\w+\}/);
        expect(words.length, `${code} in ${language}`).toBeGreaterThan(0);
      }
      if (code !== "other") expect(inSpanish(reason)).not.toBe(inEnglish(reason));
    }
  });

  it("words the transcription reasons the jobs store", () => {
    expect(inSpanish({ code: "noSpeech" })).toBe("No se encontró voz en esta grabación.");
    expect(inEnglish({ code: "noSpeech" })).toBe("No speech was found in this recording.");
    expect(inSpanish({ code: "transcriptionRefused", params: { status: "413" } })).toBe(
      "El servicio de transcripción rechazó la grabación (HTTP 413). Revisa la configuración de transcripción.",
    );
    expect(inEnglish({ code: "transcriptionRefused", params: { status: "413" } })).toBe(
      "The transcription service refused the recording (HTTP 413). Check the transcription settings.",
    );
    expect(inSpanish({ code: "unreadable" })).toBe(es.stored.unreadable);
    expect(inSpanish({ code: "unsupportedCodec" })).toBe(es.stored.unsupportedCodec);
  });

  it("words the awaiting-transcription hints, and says them in English as before", () => {
    const none = transcriptionGapReason(null, "auto");
    const spanishOnLocal = transcriptionGapReason({ kind: "local" }, "es");
    expect(none).toEqual({ code: "noEngine" });
    expect(spanishOnLocal).toEqual({ code: "englishOnly" });
    expect(inSpanish(none as Reason)).toBe(es.stored.noEngine);
    expect(inSpanish(spanishOnLocal as Reason)).toBe(es.stored.englishOnly);
    expect(transcriptionGap(null, "auto")).toBe(englishReason(none as Reason));
  });

  it("words an analysis failure together with its cause", () => {
    const withCause: Reason = { code: "analysisFailed", cause: { code: "modelTimeout" } };
    expect(inSpanish(withCause)).toBe(
      "No se pudieron escribir las notas tras varios intentos. El modelo no respondió a tiempo. Usa Reintentar para volver a analizar.",
    );
    expect(englishReason(withCause)).toBe(
      "The notes could not be written after several attempts. The model did not answer in time. Use Retry to run the analysis again.",
    );
    const circuit = new CircuitOpenError("openai", 30_000).reason;
    expect(inSpanish({ code: "analysisFailed", cause: circuit })).toBe(
      "No se pudieron escribir las notas tras varios intentos. openai está fallando; las llamadas están en pausa durante 30 s. Usa Reintentar para volver a analizar.",
    );
    expect(inSpanish({ code: "analysisFailed" })).toBe(
      "No se pudieron escribir las notas tras varios intentos. Usa Reintentar para volver a analizar.",
    );
  });

  it("words the model-fallback note with its reason", () => {
    const note = (cause: Reason): Reason => ({ code: "llmFallback", cause });
    expect(inSpanish(note({ code: "modelSchema", params: { count: "3" } }))).toBe(
      "El modelo configurado no pudo escribir estas notas (La respuesta del modelo no se ajustó al esquema de notas 3 veces), así que vienen del motor local integrado. Regenera para volver a intentarlo con el modelo.",
    );
    expect(englishReason(note({ code: "unexpectedError" }))).toBe(
      "The configured model could not write these notes (an unexpected error), so they come from the built-in local engine. Regenerate to try the model again.",
    );
    expect(inSpanish(note({ code: "unexpectedError" }))).toContain("(un error inesperado)");
    expect(inSpanish(note({ code: "modelRefused", params: { status: "400" } }))).toContain(
      "(El proveedor del modelo rechazó la solicitud (HTTP 400))",
    );
  });

  it("shows a text Minuta didn't write as it is, in every language", () => {
    const operator: Reason = { code: "other", params: { text: "Something only an operator wrote." } };
    expect(inSpanish(operator)).toBe("Something only an operator wrote.");
    expect(englishReason(operator)).toBe("Something only an operator wrote.");
  });

  it("has the errors that fail a meeting carry their reason, their message being it in English", () => {
    const transcription = new TranscriptionError("timeout", { code: "convertTimeout" });
    expect(transcription.reason).toEqual({ code: "convertTimeout" });
    expect(transcription.message).toBe(REASON_EN.convertTimeout);
    const llm = new LlmAnalysisError(
      "invalid_output",
      { code: "modelSchema", params: { count: "3" } },
      { retryable: false },
    );
    expect(llm.message).toBe("The model's answer did not match the notes schema 3 times.");
    const own = new TranscriptionError("missing_tool", "Install ffmpeg.");
    expect(own.reason).toEqual({ code: "other", params: { text: "Install ffmpeg." } });
    expect(own.message).toBe("Install ffmpeg.");
  });
});
