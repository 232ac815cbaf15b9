import { apiRoute } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { listChats, listChatsQuerySchema } from "@/lib/chat/chats";

export const GET = apiRoute({ scope: "chat", query: listChatsQuerySchema }, ({ user, query }) =>
  listChats(user.id, query),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
