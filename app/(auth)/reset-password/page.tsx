import { titled } from "@/lib/i18n/page-title";
import { ResetPasswordForm } from "./reset-password-form";

export const generateMetadata = titled("resetPassword");

type Search = Promise<{ email?: string | string[]; token?: string | string[] }>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function ResetPasswordPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  return <ResetPasswordForm email={one(params.email)} token={one(params.token)} />;
}
