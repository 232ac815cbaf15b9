import { z } from "zod";

// What the API answers about uploads: the code returns these types and lib/api/openapi documents
// these schemas.

/** POST /api/v1/meetings/{id}/files/upload-url: where to send the file, and the key to report back. */
export const signedUploadSchema = z.object({
  uploadUrl: z.url(),
  token: z.string(),
  key: z.string(),
  expiresAt: z.iso.datetime(),
});
export type SignedUploadJson = z.infer<typeof signedUploadSchema>;
