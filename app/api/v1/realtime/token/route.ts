import { apiRoute } from "@/lib/api/api-route";
import { mintRealtimeToken } from "@/lib/realtime/supabase-token";

export const GET = apiRoute({ scope: "meetings:read" }, ({ user }) => mintRealtimeToken(user.id));

export { corsPreflight as OPTIONS } from "@/lib/api/cors";
