import { AuthForm } from "@/components/auth/auth-form";
import { oauthProviders } from "@/lib/auth/auth";
import { emailLinksAvailable } from "@/lib/email/email-delivery";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("logIn");
// Which sign-in ways exist is read from the server's environment at request time, never at build.
export const dynamic = "force-dynamic";

type Search = Promise<{ callbackUrl?: string | string[] }>;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const { callbackUrl } = await searchParams;
  return (
    <AuthForm
      mode="login"
      oauth={oauthProviders()}
      emailLinks={emailLinksAvailable()}
      callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
    />
  );
}
