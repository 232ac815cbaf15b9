import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  docxWithText,
  legacyWordFile,
  odtWithText,
  pdfWithText,
  rtfWithText,
  xlsxWithText,
  zipArchive,
} from "@/tests/support/documents";
import { parseAll, parseFailure } from "./transcript-source";

describe("documents uploaded instead of transcripts", () => {
  it.each([
    ["a PDF with text", pdfWithText, /PDF/],
    ["a Word document (.docx)", docxWithText, /Word/],
    ["an Excel workbook (.xlsx)", xlsxWithText, /Excel/],
    ["an OpenDocument text (.odt)", odtWithText, /OpenDocument/],
    ["an RTF document", rtfWithText, /RTF/],
    ["a legacy Office file (.doc)", legacyWordFile, /Office/],
    ["a ZIP archive", () => zipArchive({ "notes.txt": "Ana: hola" }), /ZIP/],
    ["a gzip file", () => gzipSync("Ana: hola\n"), /compressed/],
  ])("refuses %s, saying what it is and what to upload instead", async (_what, file, kind) => {
    const error = await parseFailure(new Uint8Array(file()));
    expect(error.code).toBe("document");
    expect(error.message).toMatch(kind);
    expect(error.message).toMatch(/\.txt/);
  });

  it("still reads a transcript that merely mentions %PDF- or PK", async () => {
    const { segments } = await parseAll("Ana: the file starts with %PDF-1.4\nBob: PK is how a zip starts\n");
    expect(segments.map((segment) => segment.speaker)).toEqual(["Ana", "Bob"]);
  });
});
