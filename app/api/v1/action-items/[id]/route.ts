import { deleteActionItem, updateActionItem } from "@/lib/action-items/manage-action-items";
import { updateActionItemSchema } from "@/lib/action-items/schemas";
import { apiRoute, idParams } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const PATCH = apiRoute(
  { scope: "meetings:write", params: idParams, body: updateActionItemSchema },
  ({ user, params, body }) => updateActionItem(user.id, params.id, body),
);

export const DELETE = apiRoute({ scope: "meetings:write", params: idParams }, async ({ user, params }) => {
  await deleteActionItem(user.id, params.id);
  return new Response(null, { status: 204 });
});

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, POST, PUT } = methodNotAllowed("PATCH", "DELETE");
