import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LandingPage } from "@/components/landing/landing-page";
import { currentUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.welcome.landing.title, description: t.app.tagline };
}

/** Signed in: straight to the meetings. Signed out: what Minuta is, and the way in. */
export default async function Home() {
  if (await currentUser()) redirect("/meetings");
  return <LandingPage />;
}
