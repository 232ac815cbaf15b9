import { titled } from "@/lib/i18n/page-title";
import { MagicLinkForm } from "./magic-link-form";

export const generateMetadata = titled("magicLink");

type Search = Promise<{ email?: string | string[]; token?: string | string[] }>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

// The link only shows a button: mail scanners open links, and opening must not use the token up.
export default async function MagicLinkPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  return <MagicLinkForm email={one(params.email)} token={one(params.token)} />;
}
