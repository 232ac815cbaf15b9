import { unsubscribeWithToken } from "@/lib/email/unsubscribe";

// The `List-Unsubscribe` target. RFC 8058: mail clients POST `List-Unsubscribe=One-Click` here,
// without cookies, and expect it done; a GET (a person following the header) gets the page.

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const email = await unsubscribeWithToken(token);
  return email
    ? new Response("Unsubscribed.\n", { status: 200, headers: { "content-type": "text/plain" } })
    : new Response("This unsubscribe link is not valid.\n", {
        status: 400,
        headers: { "content-type": "text/plain" },
      });
}

export function GET(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return new Response(null, {
    status: 303,
    headers: { location: `/unsubscribe?token=${encodeURIComponent(token)}` },
  });
}
