import { describe, expect, it } from "vitest";
import { parseAll } from "./transcript-source";

const rows = (segments: { speaker: string; text: string; startMs: number; endMs: number }[]) =>
  segments.map(({ speaker, text, startMs, endMs }) => [speaker, text, startMs, endMs]);

describe("plain text transcripts", () => {
  it("reads [hh:mm:ss] Speaker: text lines, each ending where the next starts", async () => {
    const txt =
      "[00:00:05] Ana: Hola, ¿qué tal?\n[00:00:09] Luis: Bien, gracias.\n[00:01:02] Ana: Empecemos.\n";
    const { format, segments } = await parseAll(txt);
    expect(format).toBe("txt");
    expect(rows(segments)).toEqual([
      ["Ana", "Hola, ¿qué tal?", 5000, 9000],
      ["Luis", "Bien, gracias.", 9000, 62_000],
      ["Ana", "Empecemos.", 62_000, 63_000],
    ]);
  });

  it("reads (hh:mm:ss), bare hh:mm:ss and Speaker (hh:mm:ss) forms alike", async () => {
    const txt = "(00:00:01) Ana: uno\n00:00:02 Luis: dos\nMarta (00:00:03): tres\nPedro [0:04]: cuatro\n";
    const { segments } = await parseAll(txt);
    expect(rows(segments)).toEqual([
      ["Ana", "uno", 1000, 2000],
      ["Luis", "dos", 2000, 3000],
      ["Marta", "tres", 3000, 4000],
      ["Pedro", "cuatro", 4000, 5000],
    ]);
  });

  it("reads mm:ss and h:mm:ss clocks", async () => {
    const { segments } = await parseAll("[01:30] Ana: a\n[75:00] Ana: b\n[1:20:00] Ana: c\n");
    expect(segments.map((segment) => segment.startMs)).toEqual([90_000, 4_500_000, 4_800_000]);
  });

  it("reads Otter-style blocks: a name and a time, then the text on the following lines", async () => {
    const txt = [
      "Ana García  0:03",
      "Buenos días. Hoy revisamos",
      "el presupuesto del trimestre.",
      "",
      "Speaker 2  0:12",
      "De acuerdo.",
      "",
      "Luis Pérez 00:01:02",
      "Una pregunta.",
    ].join("\n");
    const { segments } = await parseAll(txt);
    expect(rows(segments)).toEqual([
      ["Ana García", "Buenos días. Hoy revisamos el presupuesto del trimestre.", 3000, 12_000],
      ["Speaker 2", "De acuerdo.", 12_000, 62_000],
      ["Luis Pérez", "Una pregunta.", 62_000, 63_000],
    ]);
  });

  it("estimates times from word counts when there are none", async () => {
    const words = Array.from({ length: 16 }, (_, i) => `palabra${i}`).join(" ");
    const { segments } = await parseAll(`Ana: ${words}\nLuis: Vale.\n`);
    // 16 words at 160 words a minute take 6 s; a short line gets the 1 s minimum.
    expect(rows(segments)).toEqual([
      ["Ana", words, 0, 6000],
      ["Luis", "Vale.", 6000, 7000],
    ]);
  });

  it("gives lines without a speaker to Speaker 1, one segment per line", async () => {
    const { segments } = await parseAll("Bienvenidos a la reunión.\n\nHoy hablamos del año próximo.\n");
    expect(rows(segments)).toEqual([
      ["Speaker 1", "Bienvenidos a la reunión.", 0, 1500],
      ["Speaker 1", "Hoy hablamos del año próximo.", 1500, 3375],
    ]);
  });

  it("continues a speaker's line with the wrapped lines right under it", async () => {
    const { segments } = await parseAll("Ana: Esto es una frase\nque sigue aquí.\n\nOtra línea suelta.\n");
    expect(segments.map((segment) => [segment.speaker, segment.text])).toEqual([
      ["Ana", "Esto es una frase que sigue aquí."],
      ["Speaker 1", "Otra línea suelta."],
    ]);
  });

  it("does not take URLs, times, long phrases or sentences for speakers", async () => {
    const txt = [
      "https://minuta.app: enlace",
      "A las 10:30 empezamos",
      "Nos vemos a las 10:30",
      "Esto es una frase demasiado larga para ser un nombre: seguro",
      "Lo dije antes, y otra vez: dos veces",
      "El jefe dijo “mañana: sin falta”",
    ].join("\n\n");
    const { segments } = await parseAll(txt);
    expect(segments.map((segment) => segment.speaker)).toEqual(Array(6).fill("Speaker 1"));
    expect(segments[2]?.text).toBe("Nos vemos a las 10:30");
  });

  it("uses a time on its own line for the line after it", async () => {
    const { segments } = await parseAll("0:05\nHola a todos\n0:09\nSeguimos\n");
    expect(rows(segments)).toEqual([
      ["Speaker 1", "Hola a todos", 5000, 9000],
      ["Speaker 1", "Seguimos", 9000, 10_000],
    ]);
  });

  it("keeps times in order when only some lines have one", async () => {
    const { segments } = await parseAll(
      "Ana: sin hora\n[00:00:10] Luis: con hora\nMarta: otra vez sin hora\n",
    );
    expect(rows(segments)).toEqual([
      ["Ana", "sin hora", 0, 10_000],
      ["Luis", "con hora", 10_000, 11_000],
      ["Marta", "otra vez sin hora", 11_000, 12_500],
    ]);
  });

  it("reads Windows line endings split across chunks", async () => {
    const { segments } = await parseAll("Ana: uno\r\nLuis: dos\r\n\r\nMarta: tres\r", [9, 1, 1]);
    expect(segments.map((segment) => segment.text)).toEqual(["uno", "dos", "tres"]);
  });
});
