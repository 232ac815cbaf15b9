import { deflateRawSync } from "node:zlib";

/**
 * Office and PDF files as their programs write them, built here byte by byte: what a user uploads
 * by mistake instead of a transcript.
 */

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive (deflated entries, central directory and all), the container of DOCX, XLSX, ODT… */
export function zipArchive(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    // OpenDocument stores its `mimetype` entry first and uncompressed, so it can be told by its bytes.
    const stored = name === "mimetype";
    const packed = stored ? data : deflateRawSync(data);
    const method = stored ? 0 : 8;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SPOKEN = "Ana: Hola a todos.\nBob: Empecemos con el presupuesto.";

/** A PDF whose page shows two lines of a transcript; its text streams are uncompressed ASCII. */
export function pdfWithText(): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (Ana: Hola a todos.) Tj 0 -14 Td (Bob: Empecemos.) Tj ET`;
  return Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj",
      `4 0 obj << /Length ${stream.length} >> stream`,
      stream,
      "endstream endobj",
      "trailer << /Root 1 0 R >>",
      "%%EOF",
    ].join("\n"),
  );
}

const wordXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${SPOKEN}</w:t></w:r></w:p></w:body></w:document>`;

export function docxWithText(): Buffer {
  return zipArchive({
    "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships/>',
    "word/document.xml": wordXml,
  });
}

export function xlsxWithText(): Buffer {
  return zipArchive({
    "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
    "xl/workbook.xml": "<workbook/>",
    "xl/sharedStrings.xml": `<sst><si><t>${SPOKEN}</t></si></sst>`,
  });
}

export function odtWithText(): Buffer {
  return zipArchive({
    mimetype: "application/vnd.oasis.opendocument.text",
    "content.xml": `<office:document-content><text:p>${SPOKEN}</text:p></office:document-content>`,
  });
}

export function rtfWithText(): Buffer {
  return Buffer.from(
    `{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\f0 Ana: Hola a todos.\\par Bob: Empecemos.\\par}`,
  );
}

/** The first bytes of a legacy Office file (.doc, .xls, .ppt): an OLE2 compound file. */
export function legacyWordFile(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, Buffer.from(SPOKEN)]);
}
