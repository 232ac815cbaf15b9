import { describe, expect, it } from "vitest";
import { CircuitOpenError } from "@/lib/ai/circuit-breaker";
import { transcriptionGap } from "@/lib/ai/providers";
import { meetingPageMessages } from "@/lib/i18n/messages/meeting-page";
import { localizeStoredMessage } from "@/lib/meetings/stored-messages";
import { UNREADABLE_MESSAGE, UNSUPPORTED_CODEC_MESSAGE } from "@/lib/transcription/probe-audio";

const { en, es } = meetingPageMessages;
const inSpanish = (message: string) => localizeStoredMessage(message, es.stored);

describe("stored English reasons, rendered in the reader's language", () => {
  it("translates the transcription reasons the jobs store", () => {
    expect(inSpanish(UNREADABLE_MESSAGE)).toBe(es.stored.unreadable);
    expect(inSpanish(UNSUPPORTED_CODEC_MESSAGE)).toBe(es.stored.unsupportedCodec);
    expect(inSpanish("No speech was found in this recording.")).toBe("No se encontró voz en esta grabación.");
    expect(
      inSpanish(
        "The transcription service refused the recording (HTTP 413). Check the transcription settings.",
      ),
    ).toBe(
      "El servicio de transcripción rechazó la grabación (HTTP 413). Revisa la configuración de transcripción.",
    );
  });

  it("translates the awaiting-transcription hints", () => {
    expect(inSpanish(transcriptionGap(null, "auto") ?? "")).toBe(es.stored.noEngine);
    expect(inSpanish(transcriptionGap({ kind: "local" }, "es") ?? "")).toBe(es.stored.englishOnly);
  });

  it("translates an analysis failure together with its cause", () => {
    const withCause =
      "The notes could not be written after several attempts. The model did not answer in time. Use Retry to run the analysis again.";
    expect(inSpanish(withCause)).toBe(
      "No se pudieron escribir las notas tras varios intentos. El modelo no respondió a tiempo. Usa Reintentar para volver a analizar.",
    );
    const circuit = new CircuitOpenError("openai", 30_000).message;
    expect(
      inSpanish(
        `The notes could not be written after several attempts. ${circuit} Use Retry to run the analysis again.`,
      ),
    ).toBe(
      "No se pudieron escribir las notas tras varios intentos. openai está fallando; las llamadas están en pausa durante 30 s. Usa Reintentar para volver a analizar.",
    );
    expect(
      inSpanish(
        "The notes could not be written after several attempts. Use Retry to run the analysis again.",
      ),
    ).toBe("No se pudieron escribir las notas tras varios intentos. Usa Reintentar para volver a analizar.");
  });

  it("translates the model-fallback note with its reason", () => {
    const note = (reason: string) =>
      `The configured model could not write these notes (${reason}), so they come from the built-in local engine. Regenerate to try the model again.`;
    expect(inSpanish(note("The model's answer did not match the notes schema 3 times"))).toBe(
      "El modelo configurado no pudo escribir estas notas (La respuesta del modelo no se ajustó al esquema de notas 3 veces), así que vienen del motor local integrado. Regenera para volver a intentarlo con el modelo.",
    );
    expect(inSpanish(note("an unexpected error"))).toContain("(un error inesperado)");
    expect(inSpanish(note("The model provider refused the request (HTTP 400)"))).toContain(
      "(El proveedor del modelo rechazó la solicitud (HTTP 400))",
    );
  });

  it("leaves English as stored in English, and an unknown message as it is", () => {
    expect(localizeStoredMessage(UNREADABLE_MESSAGE, en.stored)).toBe(UNREADABLE_MESSAGE);
    expect(inSpanish("Something only an operator wrote.")).toBe("Something only an operator wrote.");
  });
});
