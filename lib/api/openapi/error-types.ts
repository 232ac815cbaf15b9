/**
 * Every problem `type` the API answers, `/docs#errors-<id>`, with its HTTP status: the error codes
 * (lib/kernel/errors.ts) and the finer reasons some errors carry. /docs lists each one with its meaning
 * (lib/i18n/messages/docs.ts); a test fails when code throws a reason missing here.
 */
export const ERROR_TYPES = {
  bad_request: 400,
  bad_multipart: 400,
  unauthorized: 401,
  forbidden: 403,
  cross_site_request: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  upload_too_slow: 408,
  conflict: 409,
  meeting_has_content: 409,
  not_retryable: 409,
  nothing_to_process: 409,
  direct_upload_unavailable: 409,
  payload_too_large: 413,
  file_too_large: 413,
  unsupported_media_type: 415,
  range: 416,
  validation: 422,
  idempotency_mismatch: 422,
  no_segments: 422,
  duplicate_seq: 422,
  upload_missing: 422,
  bad_file_name: 422,
  empty: 422,
  not_text: 422,
  document: 422,
  bad_timestamp: 422,
  invalid_json: 422,
  invalid_structure: 422,
  segment_too_long: 422,
  unreadable_audio: 422,
  unsupported_codec: 422,
  unconfigured: 422,
  provider_error: 422,
  timeout: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  "service-unavailable": 503,
} as const satisfies Record<string, number>;

export type ErrorTypeId = keyof typeof ERROR_TYPES;

/** The anchor on /docs a problem's `type` links to. */
export const errorAnchor = (id: string) => `errors-${id}`;
