"use server";

import { redirect } from "next/navigation";
import { unsubscribeWithToken } from "@/lib/email/unsubscribe";

/** The confirm button of the unsubscribe page (works without JavaScript). */
export async function confirmUnsubscribe(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "").slice(0, 2000);
  const email = await unsubscribeWithToken(token);
  redirect(email ? `/unsubscribe?token=${encodeURIComponent(token)}` : "/unsubscribe");
}
