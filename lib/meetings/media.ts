import { Readable } from "node:stream";
import { AppError } from "@/lib/kernel/errors";
import { getStorage } from "@/lib/storage/get-storage";
import { parseRange } from "@/lib/storage/range";
import { getOwnedMeeting } from "./get-meeting";

/** The meeting's recording, with HTTP Range support so the player can seek. */
export async function mediaResponse(
  userId: string,
  meetingId: string,
  rangeHeader: string | null,
  requestId: string,
): Promise<Response> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (!meeting.mediaKey) throw new AppError("not_found", "This meeting has no recording.");
  const size = await getStorage().size(meeting.mediaKey);
  if (size === null) throw new AppError("not_found", "The recording is missing from storage.");
  const range = parseRange(rangeHeader, size);
  const headers = new Headers({
    "accept-ranges": "bytes",
    "content-type": meeting.mediaMime ?? "application/octet-stream",
    "cache-control": "private, max-age=0",
  });
  if (range === "unsatisfiable") {
    headers.set("content-range", `bytes */${size}`);
    headers.set("content-type", "application/problem+json");
    const problem = {
      type: "/docs#errors-range",
      title: "Range not satisfiable",
      status: 416,
      detail: `The file has ${size} bytes.`,
      requestId,
    };
    return new Response(JSON.stringify(problem), { status: 416, headers });
  }
  const object = await getStorage().get(meeting.mediaKey, range ?? undefined);
  if (!object) throw new AppError("not_found", "The recording is missing from storage.");
  const body = Readable.toWeb(object.stream) as ReadableStream<Uint8Array>;
  if (!range) {
    headers.set("content-length", String(size));
    return new Response(body, { status: 200, headers });
  }
  headers.set("content-length", String(range.end - range.start + 1));
  headers.set("content-range", `bytes ${range.start}-${range.end}/${size}`);
  return new Response(body, { status: 206, headers });
}
