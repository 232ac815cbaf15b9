import { z } from "zod";
import { actionItemSchema } from "@/lib/action-items/schemas";
import { chatAnswerSchema, chatSchema, chatWithMessagesSchema } from "@/lib/chat/schemas";
import { recapOutcomeSchema } from "@/lib/email/schemas";
import { signedUploadSchema } from "@/lib/ingest/schemas";
import { generatedActionItemsSchema, insightsSchema } from "@/lib/insights/schemas";
import { meetingSchema, segmentsAppendedSchema } from "@/lib/meetings/schemas";
import { healthReportSchema } from "@/lib/orchestration/schemas";
import { realtimeTokenSchema } from "@/lib/realtime/schemas";
import { searchHitSchema } from "@/lib/search/schemas";
import { BLOCK } from "@/lib/search/search-transcripts";
import { segmentSchema, transcriptExportSchema } from "@/lib/transcripts/schemas";
import type { Operation, ResponseDoc } from "./operation";
import { listOf } from "./response-schemas";
import { webhookOperations } from "./webhook-operations";

export type { Operation, ResponseDoc } from "./operation";

const MEETING = "/api/v1/meetings/{id}";
const BLOCK_SIZE = BLOCK.toLocaleString("en");
const CHAT = "/api/v1/chats/{id}";
const ok = (schema: z.ZodType, description = "OK"): ResponseDoc => ({ description, schema });

/** Every documented operation: summaries, answers and examples for the API's handlers. */
export const operations: Operation[] = [
  {
    method: "get",
    path: "/api/health",
    public: true,
    summary: "Health of the service and its dependencies",
    responses: { 200: ok(healthReportSchema), 503: ok(healthReportSchema, "The database is down") },
    example: "curl $MINUTA/api/health",
  },
  {
    method: "post",
    path: "/api/v1/meetings",
    summary: "Create a meeting",
    responses: { 201: ok(meetingSchema, "Created") },
    example: `curl -X POST $MINUTA/api/v1/meetings -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\\n  -d '{"title":"Weekly sync","language":"en"}'`,
  },
  {
    method: "get",
    path: "/api/v1/meetings",
    summary: "List meetings, newest first",
    description: "`q` searches titles and transcripts; `status`, `participant`, `from`, `to` filter.",
    responses: { 200: ok(listOf(meetingSchema)) },
    example: `curl "$MINUTA/api/v1/meetings?limit=20&q=budget" -H "Authorization: Bearer $KEY"`,
  },
  { method: "get", path: MEETING, summary: "Get a meeting", responses: { 200: ok(meetingSchema) } },
  {
    method: "patch",
    path: MEETING,
    summary: "Update title, language, participants; rename speakers",
    description: 'Speaker renames change every segment: `{ "speakers": { "Speaker 1": "Ana" } }`.',
    responses: { 200: ok(meetingSchema) },
  },
  {
    method: "delete",
    path: MEETING,
    summary: "Delete a meeting with everything it owns",
    responses: { 204: { description: "Deleted" } },
  },
  {
    method: "post",
    path: `${MEETING}/files`,
    summary: "Upload a recording or transcript file",
    description:
      "multipart/form-data, field `file`. Transcripts (txt, vtt, srt, json; up to 50 MB) are stored at once (201); recordings (mp3, m4a, wav, ogg, webm, mp4; up to 2 GB) are transcribed by jobs (202). The kind is decided by content; documents (PDF, Word and other Office files, RTF, archives) are refused with 422 `document`. An upload that sends less than 4 KiB/s over any 30 seconds is cut with 408 `upload_too_slow` and nothing is kept. With `Idempotency-Key`, a request counts as the same when its length and first 64 KiB (file name and first bytes) are.",
    rawBody: {
      contentType: "multipart/form-data",
      schema: {
        type: "object",
        properties: { file: { type: "string", format: "binary" } },
        required: ["file"],
      },
    },
    responses: {
      201: ok(meetingSchema, "Transcript stored"),
      202: ok(meetingSchema, "Recording accepted for processing"),
      408: { description: "The upload was slower than 4 KiB/s over 30 seconds and was cut" },
      413: { description: "The file is larger than its limit" },
      415: { description: "Not multipart/form-data" },
    },
    example: `curl -X POST $MINUTA/api/v1/meetings/$ID/files -H "Authorization: Bearer $KEY" -F file=@meeting.vtt`,
  },
  {
    method: "post",
    path: `${MEETING}/files/upload-url`,
    summary: "A signed URL to upload a large file straight to storage (Supabase Storage only)",
    description:
      "No body. Then upload the file to `uploadUrl` and call `…/files/complete` with the `key`. With local storage: 409 (use `…/files`).",
    responses: { 201: ok(signedUploadSchema, "Created") },
  },
  {
    method: "post",
    path: `${MEETING}/files/complete`,
    summary: "Tell Minuta a direct upload finished; it is then processed like `…/files`",
    responses: {
      201: ok(meetingSchema, "Transcript stored"),
      202: ok(meetingSchema, "Recording accepted for processing"),
    },
  },
  {
    method: "get",
    path: `${MEETING}/media`,
    summary: "The recording (supports Range requests)",
    responses: {
      200: { description: "The file", content: { "audio/*": null, "video/*": null } },
      206: { description: "Partial content", content: { "audio/*": null, "video/*": null } },
      416: { description: "The Range is outside the file" },
    },
  },
  {
    method: "post",
    path: `${MEETING}/segments`,
    summary: "Append live caption segments (idempotent by seq)",
    description:
      "1–1000 segments per batch. A seq already stored is counted as a duplicate; the first write wins.",
    responses: { 200: ok(segmentsAppendedSchema) },
    example: `curl -X POST $MINUTA/api/v1/meetings/$ID/segments -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\\n  -d '{"segments":[{"seq":0,"speaker":"Ana","text":"Hello everyone","startMs":0,"endMs":1800}]}'`,
  },
  {
    method: "get",
    path: `${MEETING}/transcript`,
    summary: "Transcript: segments by page, or a whole document with ?format=",
    responses: {
      200: {
        description:
          "Segments by page (without `format`), or the whole document (with `format`; `json` is Minuta's export)",
        schema: z.union([listOf(segmentSchema), transcriptExportSchema]),
        content: {
          "text/plain": null,
          "text/vtt": null,
          "application/x-subrip": null,
          "text/markdown": null,
        },
      },
    },
    example: `curl "$MINUTA/api/v1/meetings/$ID/transcript?format=vtt" -H "Authorization: Bearer $KEY"`,
  },
  {
    method: "post",
    path: `${MEETING}/end`,
    summary: "End a live meeting and start its analysis",
    description: "Safe to retry: a meeting that already ended answers 202 with its current status.",
    responses: { 202: ok(meetingSchema, "Accepted") },
  },
  {
    method: "get",
    path: `${MEETING}/insights`,
    summary: "Notes, action items, keywords (404 until ready)",
    description:
      "404 until the meeting's first analysis finished (it became ready). After that the stored insights, also while a re-analysis runs or after one failed: the meeting's status says which.",
    responses: { 200: ok(insightsSchema) },
  },
  {
    method: "post",
    path: `${MEETING}/insights`,
    summary: "Analyze again (optionally with another template)",
    description: "The body is optional: without one, the meeting's template is used again.",
    responses: { 202: ok(meetingSchema, "Accepted") },
  },
  {
    method: "post",
    path: `${MEETING}/email`,
    summary: "Email the recap (summary + action items)",
    description:
      "Recipients must be the owner or the meeting's participants; without a body or `to`, all participants with an email.",
    responses: { 202: ok(recapOutcomeSchema, "Queued") },
  },
  {
    method: "get",
    path: `${MEETING}/events`,
    summary: "Server-sent events: segments (id: seq), status, insights",
    description:
      "Without Last-Event-ID all segments are replayed first; with it, only later ones. Closes after ready/failed. Heartbeat comments every 15 s.",
    responses: { 200: { description: "An event stream", content: { "text/event-stream": null } } },
  },
  {
    method: "get",
    path: "/api/v1/action-items",
    summary: "Action items across meetings",
    responses: { 200: ok(listOf(actionItemSchema)) },
  },
  {
    method: "post",
    path: "/api/v1/action-items",
    summary: "Add an action item to a meeting",
    responses: { 201: ok(actionItemSchema, "Created") },
  },
  {
    method: "patch",
    path: "/api/v1/action-items/{id}",
    summary: "Edit or complete an action item",
    responses: { 200: ok(actionItemSchema) },
  },
  {
    method: "delete",
    path: "/api/v1/action-items/{id}",
    summary: "Delete an action item",
    responses: { 204: { description: "Deleted" } },
  },
  {
    method: "post",
    path: "/api/v1/actions/generate",
    summary: "Action items from a pasted transcript (stateless)",
    responses: { 200: ok(generatedActionItemsSchema) },
  },
  {
    method: "get",
    path: "/api/v1/search",
    summary: "Full-text search across transcripts",
    description: `Matches words in English and Spanish by their stems; \`"quoted phrases"\`, \`or\`, and \`-word\` to leave out lines containing a word (in any language's form). Matching lines are taken newest meeting first in blocks of ${BLOCK_SIZE} and ranked by relevance within each block (ties: newest meeting, then seq): a query with up to ${BLOCK_SIZE} matches is ranked exactly; for a broader one the best of the most recent ${BLOCK_SIZE} come first, then the next block's. Every match is reachable and the order is the same on every request, so pages never repeat or skip a hit. \`snippet\` is plain text; \`ranges\` are the matches as [start, end) character offsets.`,
    responses: { 200: ok(listOf(searchHitSchema)) },
    example: `curl "$MINUTA/api/v1/search?q=budget%20-draft" -H "Authorization: Bearer $KEY"`,
  },
  {
    method: "post",
    path: "/api/v1/chat",
    summary: "Ask about your meetings; answers cite the transcript",
    description:
      "`messages` as the AI SDK UI (`useChat`) sends them; the last one is the question. Without `meetingIds`, `from` or `to` it searches every meeting (a saved chat keeps its own scope). Answers the AI SDK UI message stream, with a `data-citation` part per cited line and the chat's id in `x-chat-id`; with `Accept: application/json`, waits and answers `{ chatId, text, citations, answered }`. `answered` is false when the meetings don't contain the answer.",
    responses: {
      200: {
        description: "The answer: a UI message stream, or JSON with `Accept: application/json`",
        schema: chatAnswerSchema,
        content: { "text/event-stream": null },
        headers: { "x-chat-id": "The chat the question was saved to (a new one without `chatId`)" },
      },
      503: { description: "The model provider failed before the answer was complete" },
    },
    example: `curl -X POST $MINUTA/api/v1/chat -H "Authorization: Bearer $KEY" -H "Accept: application/json" -H "Content-Type: application/json" \\\n  -d '{"messages":[{"role":"user","parts":[{"type":"text","text":"What did we decide about pricing?"}]}]}'`,
  },
  {
    method: "get",
    path: "/api/v1/chats",
    summary: "Saved chats, most recent first",
    responses: { 200: ok(listOf(chatSchema)) },
  },
  {
    method: "get",
    path: CHAT,
    summary: "A saved chat with its messages",
    responses: { 200: ok(chatWithMessagesSchema) },
  },
  { method: "patch", path: CHAT, summary: "Rename a saved chat", responses: { 200: ok(chatSchema) } },
  {
    method: "delete",
    path: CHAT,
    summary: "Delete a saved chat and its messages",
    responses: { 204: { description: "Deleted" } },
  },
  {
    method: "get",
    path: "/api/v1/realtime/token",
    summary: "A short-lived Supabase Realtime token for the signed-in web app",
    description:
      "Only with the browser session: an API key gets 403 (follow `…/meetings/{id}/events` instead). 404 when Supabase Realtime isn't configured.",
    responses: { 200: ok(realtimeTokenSchema) },
  },
  ...webhookOperations,
];
