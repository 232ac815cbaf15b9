import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { reportEnglish } from "@/lib/insights/local/reported-speech-en";
import { reportSpanish } from "@/lib/insights/local/reported-speech-es";
import { splitSentences } from "@/lib/insights/sentences";
import type { DemoMeeting } from "@/lib/orchestration/demo/meetings";
import { demoMeetings } from "@/lib/orchestration/demo/meetings";
import { meeting } from "./meeting";

const as = (name: string, addressee: string | null = null, turn = 0) => ({
  name,
  addressee,
  isProper: (word: string) => ["Salesforce", "Grupo", "Larrea"].includes(word),
  turn,
});

describe("summary in the third person", () => {
  it("names the speaker of each summary sentence of the demo meetings, in English and in Spanish", () => {
    for (const demo of demoMeetings) {
      const { summary } = analyzeLocally(demoInput(demo));
      const firstPerson =
        demo.language === "en"
          ? /(?<![\p{L}])(?:I|I'll|I'm|I've|I'd|me|my|we|We|our|Our)(?![\p{L}'])/u
          : /(?<![\p{L}])(?:yo|Yo|mi|mis|Mi|Mis)(?![\p{L}])/u;
      expect(summary, demo.title).not.toMatch(firstPerson);
      const names = demo.participants.map((participant) => participant.name);
      const sentences = splitSentences(summary);
      expect(sentences.length, demo.title).toBeGreaterThan(3);
      // Every sentence says who: a participant's full or first name.
      for (const sentence of sentences) {
        expect(
          names.some((name) => sentence.includes(name.split(" ")[0] as string)),
          sentence,
        ).toBe(true);
      }
    }
  });

  it("conjugates an English verb for the name and says 'they' for later mentions", () => {
    expect(reportEnglish("I need the staging database for my load tests.", as("Raj"))).toBe(
      "Raj needs the staging database for their load tests.",
    );
    expect(
      reportEnglish("Yesterday I finished the migration and I'm on the timezone bug now.", as("Elena")),
    ).toBe("Yesterday Elena finished the migration and they're on the timezone bug now.");
    expect(reportEnglish("I have the release sync at ten and I do the export after.", as("Marcus"))).toBe(
      "Marcus has the release sync at ten and they do the export after.",
    );
    expect(reportEnglish("My concern is the cost of the pilot.", as("Grace"))).toBe(
      "Grace's concern is the cost of the pilot.",
    );
  });

  it("reports English statements, orders, proposals and questions", () => {
    expect(reportEnglish("We run about sixty dispatchers across three hubs.", as("Tom"))).toBe(
      "Tom said they run about sixty dispatchers across three hubs.",
    );
    expect(reportEnglish("Ship it Friday.", as("Bob"))).toBe("Bob said to ship it Friday.");
    expect(reportEnglish("Let's go with the annual plan.", as("Alice"))).toBe(
      "Alice suggested they go with the annual plan.",
    );
    expect(reportEnglish("Salesforce is the bigger ask from our customers.", as("Ana", null, 1))).toBe(
      "Ana noted Salesforce is the bigger ask from their customers.",
    );
    expect(reportEnglish("You send me a first draft next Thursday.", as("Grace", "Daniel"))).toBe(
      "Daniel sends Grace a first draft next Thursday.",
    );
    expect(reportEnglish("I'll send you the deck tonight.", as("Sarah", "Tom"))).toBe(
      "Sarah will send Tom the deck tonight.",
    );
  });

  it("puts Spanish first-person verbs in the third person with the name as subject", () => {
    expect(reportSpanish("Me encargo yo de hablar con el cliente el lunes.", as("Ana"))).toBe(
      "Ana se encarga de hablar con el cliente el lunes.",
    );
    expect(reportSpanish("Yo enviaré la solicitud antes del viernes.", as("Luis"))).toBe(
      "Luis enviará la solicitud antes del viernes.",
    );
    expect(reportSpanish("Terminé la migración ayer y hoy voy a revisar los precios.", as("Elena"))).toBe(
      "Elena terminó la migración ayer y hoy va a revisar los precios.",
    );
    expect(reportSpanish("Tengo confianza con su directora financiera.", as("Ana"))).toBe(
      "Ana tiene confianza con su directora financiera.",
    );
    expect(reportSpanish("Me gustaría hablar con cinco clientes.", as("Ana"))).toBe(
      "A Ana le gustaría hablar con cinco clientes.",
    );
  });

  it("attributes Spanish statements and turns the first person inside them", () => {
    expect(reportSpanish("Las piezas las tengo en mi almacén de la obra.", as("Pedro"))).toBe(
      "Según Pedro, las piezas las tiene en su almacén de la obra.",
    );
    expect(reportSpanish("Salesforce afecta a cuatro cuentas.", as("Luis", null, 1))).toBe(
      "Luis señaló que Salesforce afecta a cuatro cuentas.",
    );
    expect(reportSpanish("¿A cuántos se la abrimos?", as("Marta"))).toBe(
      'Marta preguntó: "¿A cuántos se la abrimos?"',
    );
  });

  it("keeps the full name when two speakers share a first name", () => {
    const { summary } = analyzeLocally(
      meeting(
        [
          "Ana Martín: I'll finalize the onboarding screens for the mobile release next week.",
          "Ana López: I'll review the pricing page copy with the marketing agency on Monday.",
          "Ana Martín: Then I'll test the onboarding screens on the older Android phones too.",
          "Ana López: And I'll send the pricing page copy to the legal team for approval.",
          "Ana Martín: The onboarding screens need the new illustrations from the design team.",
          "Ana López: The legal team usually answers within three days for pricing changes.",
          "Ana Martín: The analytics events for the onboarding funnel are still missing in staging.",
          "Ana López: The agency quoted four thousand euros for the full pricing page rewrite.",
          "Ana Martín: The release candidate for the mobile app goes to the beta testers on Friday.",
          "Ana López: The new annual plan discount stays at fifteen percent for the launch month.",
          "Ana Martín: The crash rate on the older Android phones dropped after the last patch.",
          "Ana López: The marketing agency also wants the customer logos for the pricing page.",
        ],
        { language: "en" },
      ),
    );
    expect(summary.match(/Ana/g)?.length ?? 0).toBeGreaterThan(2);
    expect(summary).not.toMatch(/Ana(?! (?:Martín|López))/u);
  });

  it("says a recap is the speaker summing up", () => {
    expect(reportEnglish("Recap: Elena and Raj pair at two on our migration.", as("Kim"))).toBe(
      "Kim summed up: Elena and Raj pair at two on their migration.",
    );
    expect(reportSpanish("Recapitulo rápido: prioridad del Q3, informes personalizados.", as("Ana"))).toBe(
      "Ana resumió: prioridad del Q3, informes personalizados.",
    );
  });

  it("names a speaker in full once, then by first name", () => {
    const demo = demoMeetings.find((item) => item.language === "en" && item.participants.length > 2);
    const { summary } = analyzeLocally(demoInput(demo as DemoMeeting));
    const named = (demo as DemoMeeting).participants
      .map((participant) => participant.name)
      .filter((name) => summary.includes(name.split(" ")[0] as string));
    expect(named.length).toBeGreaterThan(1);
    for (const name of named) {
      expect(summary.split(name).length - 1, name).toBe(1);
      expect(summary.indexOf(name)).toBe(summary.indexOf(name.split(" ")[0] as string));
    }
  });
});

function demoInput(demo: DemoMeeting) {
  const lines = demo.transcript.split("\n").map((line) => line.replace(/^\[[\d:]+\]\s*/, ""));
  return meeting(lines, { language: demo.language, template: demo.template });
}
