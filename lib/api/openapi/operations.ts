import { z } from "zod";
import {
  createActionItemSchema,
  listActionItemsQuerySchema,
  updateActionItemSchema,
} from "@/lib/action-items/schemas";
import { createApiKeySchema } from "@/lib/api-keys/manage-api-keys";
import { sendRecapBodySchema } from "@/lib/email/send-recap";
import { completeUploadSchema, signedUploadSchema } from "@/lib/ingest/signed-upload";
import { generateActionsSchema } from "@/lib/insights/generate-action-items";
import { reanalyzeSchema } from "@/lib/insights/reanalyze";
import { appendSegmentsSchema } from "@/lib/meetings/live-segments";
import { createMeetingSchema, listMeetingsQuerySchema, updateMeetingSchema } from "@/lib/meetings/schemas";
import { transcriptQuerySchema } from "@/lib/meetings/transcript-query";
import { searchQuerySchema } from "@/lib/search/search-transcripts";
import { webhookOperations } from "@/lib/webhooks/openapi";
import { idParams } from "../api-route";
import type { Scope } from "../scopes";
import {
  actionItemSchema,
  healthSchema,
  insightsSchema,
  listOf,
  meetingSchema,
  searchHitSchema,
  segmentSchema,
} from "./response-schemas";

export type Operation = {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  scope: Scope | null;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType | "multipart";
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  example?: string;
};

const MEETING = "/api/v1/meetings/{id}";
const ok = (schema: z.ZodType, description = "OK") => ({ description, schema });

/** Every documented operation, built from the same zod schemas the handlers parse with. */
export const operations: Operation[] = [
  {
    method: "get",
    path: "/api/health",
    scope: null,
    summary: "Health of the service and its dependencies",
    responses: { 200: ok(healthSchema), 503: ok(healthSchema, "The database is down") },
    example: "curl $MINUTA/api/health",
  },
  {
    method: "post",
    path: "/api/v1/meetings",
    scope: "meetings:write",
    summary: "Create a meeting",
    body: createMeetingSchema,
    responses: { 201: ok(meetingSchema, "Created") },
    example: `curl -X POST $MINUTA/api/v1/meetings -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\\n  -d '{"title":"Weekly sync","language":"en"}'`,
  },
  {
    method: "get",
    path: "/api/v1/meetings",
    scope: "meetings:read",
    summary: "List meetings, newest first",
    description: "`q` searches titles and transcripts; `status`, `participant`, `from`, `to` filter.",
    query: listMeetingsQuerySchema,
    responses: { 200: ok(listOf(meetingSchema)) },
    example: `curl "$MINUTA/api/v1/meetings?limit=20&q=budget" -H "Authorization: Bearer $KEY"`,
  },
  {
    method: "get",
    path: MEETING,
    scope: "meetings:read",
    summary: "Get a meeting",
    params: idParams,
    responses: { 200: ok(meetingSchema) },
  },
  {
    method: "patch",
    path: MEETING,
    scope: "meetings:write",
    summary: "Update title, language, participants; rename speakers",
    description: 'Speaker renames change every segment: `{ "speakers": { "Speaker 1": "Ana" } }`.',
    params: idParams,
    body: updateMeetingSchema,
    responses: { 200: ok(meetingSchema) },
  },
  {
    method: "delete",
    path: MEETING,
    scope: "meetings:write",
    summary: "Delete a meeting with everything it owns",
    params: idParams,
    responses: { 204: { description: "Deleted" } },
  },
  {
    method: "post",
    path: `${MEETING}/files`,
    scope: "meetings:write",
    summary: "Upload a recording or transcript file",
    description:
      "multipart/form-data, field `file`. Transcripts (txt, vtt, srt, json; up to 50 MB) are stored at once (201); recordings (mp3, m4a, wav, ogg, webm, mp4; up to 2 GB) are transcribed by jobs (202). The kind is decided by content.",
    params: idParams,
    body: "multipart",
    responses: {
      201: ok(meetingSchema, "Transcript stored"),
      202: ok(meetingSchema, "Recording accepted for processing"),
    },
    example: `curl -X POST $MINUTA/api/v1/meetings/$ID/files -H "Authorization: Bearer $KEY" -F file=@meeting.vtt`,
  },
  {
    method: "post",
    path: `${MEETING}/files/upload-url`,
    scope: "meetings:write",
    summary: "A signed URL to upload a large file straight to storage (Supabase Storage only)",
    description:
      "Then upload the file to `uploadUrl` and call `…/files/complete` with the `key`. With local storage: 409 (use `…/files`).",
    params: idParams,
    body: signedUploadSchema,
    responses: {
      201: ok(
        z.object({ uploadUrl: z.string(), token: z.string(), key: z.string(), expiresAt: z.string() }),
        "Created",
      ),
    },
  },
  {
    method: "post",
    path: `${MEETING}/files/complete`,
    scope: "meetings:write",
    summary: "Tell Minuta a direct upload finished; it is then processed like `…/files`",
    params: idParams,
    body: completeUploadSchema,
    responses: {
      201: ok(meetingSchema, "Transcript stored"),
      202: ok(meetingSchema, "Recording accepted for processing"),
    },
  },
  {
    method: "get",
    path: `${MEETING}/media`,
    scope: "meetings:read",
    summary: "The recording (supports Range requests)",
    params: idParams,
    responses: {
      200: { description: "The file", contentType: "audio/*" },
      206: { description: "Partial content" },
    },
  },
  {
    method: "post",
    path: `${MEETING}/segments`,
    scope: "meetings:write",
    summary: "Append live caption segments (idempotent by seq)",
    description:
      "1–1000 segments per batch. A seq already stored is counted as a duplicate; the first write wins.",
    params: idParams,
    body: appendSegmentsSchema,
    responses: { 200: ok(z.object({ accepted: z.number().int(), duplicates: z.number().int() })) },
    example: `curl -X POST $MINUTA/api/v1/meetings/$ID/segments -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\\n  -d '{"segments":[{"seq":0,"speaker":"Ana","text":"Hello everyone","startMs":0,"endMs":1800}]}'`,
  },
  {
    method: "get",
    path: `${MEETING}/transcript`,
    scope: "meetings:read",
    summary: "Transcript: segments by page, or a whole document with ?format=",
    params: idParams,
    query: transcriptQuerySchema,
    responses: { 200: ok(listOf(segmentSchema), "Segments (without format) or the document (with format)") },
    example: `curl "$MINUTA/api/v1/meetings/$ID/transcript?format=vtt" -H "Authorization: Bearer $KEY"`,
  },
  {
    method: "post",
    path: `${MEETING}/end`,
    scope: "meetings:write",
    summary: "End a live meeting and start its analysis",
    params: idParams,
    responses: { 202: ok(meetingSchema, "Accepted") },
  },
  {
    method: "get",
    path: `${MEETING}/insights`,
    scope: "meetings:read",
    summary: "Notes, action items, keywords (404 until ready)",
    params: idParams,
    responses: { 200: ok(insightsSchema) },
  },
  {
    method: "post",
    path: `${MEETING}/insights`,
    scope: "meetings:write",
    summary: "Analyze again (optionally with another template)",
    params: idParams,
    body: reanalyzeSchema,
    responses: { 202: ok(meetingSchema, "Accepted") },
  },
  {
    method: "post",
    path: `${MEETING}/email`,
    scope: "email",
    summary: "Email the recap (summary + action items)",
    description:
      "Recipients must be the owner or the meeting's participants; without `to`, all participants with an email.",
    params: idParams,
    body: sendRecapBodySchema,
    responses: {
      202: ok(
        z.object({
          queued: z.array(z.object({ id: z.uuid(), to: z.email() })),
          skipped: z.array(z.object({ to: z.string(), reason: z.string() })),
        }),
        "Queued",
      ),
    },
  },
  {
    method: "get",
    path: `${MEETING}/events`,
    scope: "meetings:read",
    summary: "Server-sent events: segments (id: seq), status, insights",
    description:
      "Without Last-Event-ID all segments are replayed first; with it, only later ones. Closes after ready/failed. Heartbeat comments every 15 s.",
    params: idParams,
    responses: { 200: { description: "text/event-stream", contentType: "text/event-stream" } },
  },
  {
    method: "get",
    path: "/api/v1/action-items",
    scope: "meetings:read",
    summary: "Action items across meetings",
    query: listActionItemsQuerySchema,
    responses: { 200: ok(listOf(actionItemSchema)) },
  },
  {
    method: "post",
    path: "/api/v1/action-items",
    scope: "meetings:write",
    summary: "Add an action item to a meeting",
    body: createActionItemSchema,
    responses: { 201: ok(actionItemSchema, "Created") },
  },
  {
    method: "patch",
    path: "/api/v1/action-items/{id}",
    scope: "meetings:write",
    summary: "Edit or complete an action item",
    params: idParams,
    body: updateActionItemSchema,
    responses: { 200: ok(actionItemSchema) },
  },
  {
    method: "delete",
    path: "/api/v1/action-items/{id}",
    scope: "meetings:write",
    summary: "Delete an action item",
    params: idParams,
    responses: { 204: { description: "Deleted" } },
  },
  {
    method: "post",
    path: "/api/v1/actions/generate",
    scope: "meetings:read",
    summary: "Action items from a pasted transcript (stateless)",
    body: generateActionsSchema,
    responses: {
      200: ok(
        z.object({
          actionItems: z.array(
            z.object({
              text: z.string(),
              owner: z.string().nullable(),
              dueDate: z.string().nullable(),
              seq: z.number().nullable(),
            }),
          ),
        }),
      ),
    },
  },
  {
    method: "get",
    path: "/api/v1/search",
    scope: "meetings:read",
    summary: "Full-text search across transcripts",
    description: "`snippet` is plain text; `ranges` are the matches as [start, end) character offsets.",
    query: searchQuerySchema,
    responses: { 200: ok(listOf(searchHitSchema)) },
  },
  ...webhookOperations,
];

export const apiKeyRequestSchema = createApiKeySchema;
