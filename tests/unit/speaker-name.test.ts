import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { speakerName } from "@/lib/i18n/speaker-name";

describe("speakerName", () => {
  it("shows the generic names in the reader's language", () => {
    expect(speakerName("Speaker 1", messagesFor("es"))).toBe("Hablante 1");
    expect(speakerName("Speaker 12", messagesFor("es"))).toBe("Hablante 12");
    expect(speakerName("Speaker 1", messagesFor("en"))).toBe("Speaker 1");
  });

  it("leaves real names, and names that only contain the word, as they are", () => {
    expect(speakerName("Ana", messagesFor("es"))).toBe("Ana");
    expect(speakerName("Speaker Ryan", messagesFor("es"))).toBe("Speaker Ryan");
    expect(speakerName("Guest Speaker 2", messagesFor("es"))).toBe("Guest Speaker 2");
  });
});
