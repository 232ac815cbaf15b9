import { apiRoute, idParams } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { chatMessagesOf, deleteChat, getChat, renameChat, renameChatSchema } from "@/lib/chat/chats";

export const GET = apiRoute({ scope: "chat", params: idParams }, async ({ user, params }) => ({
  ...(await getChat(user.id, params.id)),
  messages: await chatMessagesOf(user.id, params.id),
}));

export const PATCH = apiRoute(
  { scope: "chat", params: idParams, body: renameChatSchema },
  ({ user, params, body }) => renameChat(user.id, params.id, body.title),
);

export const DELETE = apiRoute({ scope: "chat", params: idParams }, async ({ user, params }) => {
  await deleteChat(user.id, params.id);
  return new Response(null, { status: 204 });
});

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { POST, PUT } = methodNotAllowed("GET", "PATCH", "DELETE");
