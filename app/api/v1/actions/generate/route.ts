import { apiRoute } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { generateActionItems, generateActionsSchema } from "@/lib/insights/generate-action-items";
import { getProfile } from "@/lib/users/profile";

export const POST = apiRoute(
  { scope: "meetings:read", body: generateActionsSchema, bodyLimit: 2 * 1024 * 1024 },
  async ({ user, body }) => generateActionItems(body, (await getProfile(user.id)).timezone),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
