export type MediaKind = { kind: "audio" | "video"; mime: string; extension: string };

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** Recognises recordings by their first bytes (magic numbers), never by file name. */
export function sniffMedia(head: Uint8Array): MediaKind | null {
  if (head.length < 12) return null;
  if (ascii(head, 0, 3) === "ID3") return { kind: "audio", mime: "audio/mpeg", extension: "mp3" };
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 4) === "WAVE")
    return { kind: "audio", mime: "audio/wav", extension: "wav" };
  if (ascii(head, 0, 4) === "OggS") return { kind: "audio", mime: "audio/ogg", extension: "ogg" };
  if (ascii(head, 0, 4) === "fLaC") return { kind: "audio", mime: "audio/flac", extension: "flac" };
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    return { kind: "video", mime: "video/webm", extension: "webm" };
  }
  if (ascii(head, 4, 4) === "ftyp") {
    const brand = ascii(head, 8, 4);
    if (brand === "M4A " || brand === "M4B " || brand === "F4A ")
      return { kind: "audio", mime: "audio/mp4", extension: "m4a" };
    return { kind: "video", mime: "video/mp4", extension: "mp4" };
  }
  // MP3 without an ID3 tag: frame sync (11 set bits), a real MPEG version, Layer III, and a valid
  // bitrate and sample rate. Layer I/II are excluded: FF FE is also the UTF-16 byte-order mark.
  const first = head[0] ?? 0;
  const second = head[1] ?? 0;
  const third = head[2] ?? 0;
  const version = (second >> 3) & 0x03;
  const layer = (second >> 1) & 0x03;
  const bitrate = third >> 4;
  const sampleRate = (third >> 2) & 0x03;
  if (
    first === 0xff &&
    (second & 0xe0) === 0xe0 &&
    version !== 1 &&
    layer === 1 &&
    bitrate !== 15 &&
    bitrate !== 0 &&
    sampleRate !== 3
  ) {
    return { kind: "audio", mime: "audio/mpeg", extension: "mp3" };
  }
  if (first === 0xff && (second & 0xf6) === 0xf0)
    return { kind: "audio", mime: "audio/aac", extension: "aac" };
  return null;
}
