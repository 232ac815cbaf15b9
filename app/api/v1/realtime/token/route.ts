import { apiRoute } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { realtimeTokenForCaller } from "@/lib/realtime/supabase-token";

export const GET = apiRoute({ scope: "meetings:read" }, ({ user }) => realtimeTokenForCaller(user));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
