import { describe, expect, it } from "vitest";
import { renderMagicLink, renderPasswordReset } from "@/lib/email/render-auth-email";
import { subjectLine } from "@/lib/email/render-email";
import { groupActionItems, type RecapInput, renderRecap } from "@/lib/email/render-recap";
import { colors, darkColors } from "@/lib/email/templates/_components/email-layout";
import { emailMessages } from "@/lib/i18n/messages/email";

const flat = (text: string) => text.replace(/\s+/g, " ");

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const recap = (overrides: Partial<RecapInput> = {}): RecapInput => ({
  locale: "en",
  timeZone: "Europe/Madrid",
  meeting: {
    id: "5f0c4c8e-7d4a-4a53-9d0e-2f6b1f2a9c11",
    title: "Launch review",
    date: new Date("2026-11-18T09:00:00Z"),
  },
  summary: "The team approved the launch budget.",
  keyPoints: [{ text: "Budget approved at €40,000" }, { text: "Campaign moves one week" }],
  actionItems: [
    { text: "Send the budget report", owner: "Ben", dueDate: "2026-11-20", done: false },
    { text: "Decide who presents", owner: null, dueDate: null, done: false },
    { text: "Book the venue", owner: "Ana", dueDate: null, done: true },
    { text: "Call the printer", owner: "Ben", dueDate: null, done: false },
  ],
  meetingUrl: "https://minuta.example/meetings/5f0c4c8e-7d4a-4a53-9d0e-2f6b1f2a9c11",
  unsubscribeUrl: "https://minuta.example/unsubscribe?token=abc",
  ...overrides,
});

describe("recap email", () => {
  it("renders title, date, summary, key points, action items by owner, and the two links (English)", async () => {
    const email = await renderRecap(recap());
    expect(email.subject).toBe("Recap: Launch review");
    expect(email.html).toContain('lang="en"');
    const text = flat(email.text);
    for (const expected of [
      "Launch review",
      "November 18, 2026",
      "10:00", // 09:00 UTC in Madrid
      "The team approved the launch budget.",
      "Budget approved at €40,000",
      "Send the budget report",
      "due Nov 20, 2026",
      "Unassigned",
      "Open the meeting",
    ]) {
      expect(text).toContain(expected);
    }
    expect(email.html).toContain(
      'href="https://minuta.example/meetings/5f0c4c8e-7d4a-4a53-9d0e-2f6b1f2a9c11"',
    );
    expect(email.html).toContain('href="https://minuta.example/unsubscribe?token=abc"');
    expect(email.html).toContain("Unsubscribe from recaps");
  });

  it("renders in Spanish with Spanish dates", async () => {
    const email = await renderRecap(
      recap({ locale: "es", meeting: { ...recap().meeting, title: "Revisión" } }),
    );
    expect(email.subject).toBe("Resumen: Revisión");
    expect(email.html).toContain('lang="es"');
    const text = flat(email.text);
    for (const expected of [
      "Resumen",
      "Puntos clave",
      "Tareas",
      "Sin asignar",
      "para el 20 nov 2026",
      "18 de noviembre de 2026",
    ]) {
      expect(text).toContain(expected);
    }
    expect(email.html).toContain("Darme de baja de los resúmenes");
  });

  it("stays readable in dark mail clients (colour-scheme meta and dark overrides)", async () => {
    const { html } = await renderRecap(recap());
    expect(html).toContain('name="color-scheme" content="light dark"');
    expect(html).toContain("@media (prefers-color-scheme: dark)");
    expect(html).toContain('class="m-body"');
  });

  describe.each(["en", "es"] as const)("in light and dark mail clients (%s)", (locale) => {
    const other = locale === "en" ? "es" : "en";

    it("gives every coloured element a dark-mode class, so no light patch is left in dark mode", async () => {
      const { html } = await renderRecap(recap({ locale }));
      expect(html).toContain('name="color-scheme" content="light dark"');
      expect(html).toContain("@media (prefers-color-scheme: dark)");
      expect(html).toContain("[data-ogsc] .m-text");
      const coloured = [...html.matchAll(/<(\w+)\b([^>]*\bstyle="([^"]*)"[^>]*)>/g)].filter(([, , , style]) =>
        /(?:^|;)(?:background-)?color:/.test(style ?? ""),
      );
      expect(coloured.length).toBeGreaterThan(10);
      for (const [tag, name, attributes] of coloured) {
        expect(attributes, `<${name}> ${tag.slice(0, 120)}`).toMatch(
          /\bclass="[^"]*\bm-(body|card|text|muted|accent|button)\b/,
        );
      }
      // The page colour is not left only on <body>, which many clients drop.
      expect(html).toMatch(/<table[^>]*class="m-body"[^>]*style="[^"]*background-color:#f4f5f7/);
    });

    it(`is wholly in ${locale === "en" ? "English" : "Spanish"}`, async () => {
      const { html, text } = await renderRecap(recap({ locale }));
      const own = emailMessages[locale].templates.recap;
      const foreign = emailMessages[other].templates.recap;
      expect(html).toContain(`lang="${locale}"`);
      for (const key of [
        "summary",
        "keyPoints",
        "actionItems",
        "openMeeting",
        "footer",
        "unsubscribe",
      ] as const) {
        expect(flat(text)).toContain(own[key]);
        if (foreign[key] !== own[key]) expect(html).not.toContain(`>${foreign[key]}<`);
      }
    });
  });

  it("keeps WCAG AA contrast for text, links and the button in both palettes", () => {
    for (const palette of [colors, darkColors]) {
      expect(contrast(palette.text, palette.card)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.muted, palette.card)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.muted, palette.page)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.accent, palette.card)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.buttonText, palette.accent)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("shows transcript text as text, never as HTML", async () => {
    const { html } = await renderRecap(
      recap({
        summary: '<script>alert("x")</script><img src=x onerror=alert(1)>',
        actionItems: [
          {
            text: "<b>bold</b> & <a href='javascript:alert(1)'>click</a>",
            owner: "<i>Eve</i>",
            dueDate: null,
            done: false,
          },
        ],
      }),
    );
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<a href='javascript");
    expect(html).not.toContain("<i>Eve</i>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("says so when no action item came up", async () => {
    const { text } = await renderRecap(recap({ actionItems: [] }));
    expect(flat(text)).toContain("No action items came up.");
  });
});

describe("grouping action items", () => {
  it("keeps owners in order of first appearance and puts unassigned items last", () => {
    const groups = groupActionItems(recap().actionItems, "en");
    expect(groups.map((group) => group.owner)).toEqual(["Ben", "Ana", null]);
    expect(groups[0]?.items.map((item) => item.text)).toEqual(["Send the budget report", "Call the printer"]);
    expect(groups[0]?.items[0]?.due).toBe("Nov 20, 2026");
    expect(groups[1]?.items[0]?.done).toBe(true);
  });

  it("formats a due date as the calendar day it names, whatever the time zone", () => {
    const [group] = groupActionItems([{ text: "x", owner: " ", dueDate: "2026-01-01", done: false }], "es");
    expect(group?.owner).toBeNull();
    expect(group?.items[0]?.due).toBe("1 ene 2026");
  });
});

describe("sign-in and reset emails", () => {
  const url = "https://minuta.example/magic-link?email=ana%40example.com&token=t0k3n";

  it("carries the link and its 15-minute expiry in both languages", async () => {
    const en = await renderMagicLink({ locale: "en", email: "ana@example.com", url });
    expect(en.subject).toBe("Your Minuta sign-in link");
    expect(en.html).toContain(
      'href="https://minuta.example/magic-link?email=ana%40example.com&amp;token=t0k3n"',
    );
    expect(flat(en.text)).toContain("expires in 15 minutes");
    const es = await renderMagicLink({ locale: "es", email: "ana@example.com", url });
    expect(es.subject).toBe("Tu enlace para entrar en Minuta");
    expect(flat(es.text)).toContain("caduca en 15 minutos");
  });

  it("renders the password reset in both languages", async () => {
    const resetUrl = url.replace("magic-link", "reset-password");
    const en = await renderPasswordReset({ locale: "en", email: "ana@example.com", url: resetUrl });
    expect(en.subject).toBe("Reset your Minuta password");
    expect(en.html).toContain("reset-password?email=ana%40example.com");
    const es = await renderPasswordReset({ locale: "es", email: "ana@example.com", url: resetUrl });
    expect(es.subject).toBe("Restablece tu contraseña de Minuta");
    expect(flat(es.text)).toContain("Elegir una contraseña nueva");
  });
});

describe("subject lines", () => {
  it("are one header line without control characters, and bounded", () => {
    expect(subjectLine("Recap: a\r\nBcc: victim@example.com")).toBe("Recap: a Bcc: victim@example.com");
    expect(subjectLine("x".repeat(1000))).toHaveLength(400);
  });
});
