import * as health from "@/app/api/health/route";
import * as actionItem from "@/app/api/v1/action-items/[id]/route";
import * as actionItems from "@/app/api/v1/action-items/route";
import * as generateActions from "@/app/api/v1/actions/generate/route";
import * as chat from "@/app/api/v1/chat/route";
import * as savedChat from "@/app/api/v1/chats/[id]/route";
import * as savedChats from "@/app/api/v1/chats/route";
import * as email from "@/app/api/v1/meetings/[id]/email/route";
import * as end from "@/app/api/v1/meetings/[id]/end/route";
import * as events from "@/app/api/v1/meetings/[id]/events/route";
import * as completeUpload from "@/app/api/v1/meetings/[id]/files/complete/route";
import * as files from "@/app/api/v1/meetings/[id]/files/route";
import * as uploadUrl from "@/app/api/v1/meetings/[id]/files/upload-url/route";
import * as insights from "@/app/api/v1/meetings/[id]/insights/route";
import * as media from "@/app/api/v1/meetings/[id]/media/route";
import * as meeting from "@/app/api/v1/meetings/[id]/route";
import * as segments from "@/app/api/v1/meetings/[id]/segments/route";
import * as transcript from "@/app/api/v1/meetings/[id]/transcript/route";
import * as meetings from "@/app/api/v1/meetings/route";
import * as realtimeToken from "@/app/api/v1/realtime/token/route";
import * as search from "@/app/api/v1/search/route";
import * as resendDelivery from "@/app/api/v1/webhooks/[id]/deliveries/[deliveryId]/resend/route";
import * as deliveries from "@/app/api/v1/webhooks/[id]/deliveries/route";
import * as webhook from "@/app/api/v1/webhooks/[id]/route";
import * as webhooks from "@/app/api/v1/webhooks/route";
import type { RouteModules } from "@/lib/api/openapi/build-document";

/**
 * Every API route file by the path it serves: the OpenAPI document reads each handler's own
 * scope and schemas from here. A test walks app/api and fails when a route file is missing.
 */
export const API_ROUTES: RouteModules = {
  "/api/health": health,
  "/api/v1/meetings": meetings,
  "/api/v1/meetings/{id}": meeting,
  "/api/v1/meetings/{id}/files": files,
  "/api/v1/meetings/{id}/files/upload-url": uploadUrl,
  "/api/v1/meetings/{id}/files/complete": completeUpload,
  "/api/v1/meetings/{id}/media": media,
  "/api/v1/meetings/{id}/segments": segments,
  "/api/v1/meetings/{id}/transcript": transcript,
  "/api/v1/meetings/{id}/end": end,
  "/api/v1/meetings/{id}/insights": insights,
  "/api/v1/meetings/{id}/email": email,
  "/api/v1/meetings/{id}/events": events,
  "/api/v1/action-items": actionItems,
  "/api/v1/action-items/{id}": actionItem,
  "/api/v1/actions/generate": generateActions,
  "/api/v1/search": search,
  "/api/v1/chat": chat,
  "/api/v1/chats": savedChats,
  "/api/v1/chats/{id}": savedChat,
  "/api/v1/realtime/token": realtimeToken,
  "/api/v1/webhooks": webhooks,
  "/api/v1/webhooks/{id}": webhook,
  "/api/v1/webhooks/{id}/deliveries": deliveries,
  "/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend": resendDelivery,
};
