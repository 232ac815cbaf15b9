import { createActionItem, listActionItems } from "@/lib/action-items/manage-action-items";
import { createActionItemSchema, listActionItemsQuerySchema } from "@/lib/action-items/schemas";
import { apiRoute, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  { scope: "meetings:read", query: listActionItemsQuerySchema },
  ({ user, query }) => listActionItems(user.id, query),
);

export const POST = apiRoute(
  { scope: "meetings:write", body: createActionItemSchema },
  async ({ user, body }) => json(await createActionItem(user.id, body), 201),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
