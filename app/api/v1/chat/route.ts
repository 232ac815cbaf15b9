import { apiRoute } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { answerChat, chatBodySchema } from "@/lib/chat/chat-request";

// The database driver needs TCP, which the Edge runtime lacks (DESIGN §3).
export const runtime = "nodejs";
export const maxDuration = 120;

const wantsJson = (request: Request) => {
  const accept = request.headers.get("accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/event-stream");
};

export const POST = apiRoute({ scope: "chat", body: chatBodySchema }, ({ user, body, request }) =>
  answerChat(user.id, body, wantsJson(request)),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
