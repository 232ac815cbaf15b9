import { AuthForm } from "@/components/auth/auth-form";
import { oauthProviders } from "@/lib/auth/auth";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("signUp");

export default function SignUpPage() {
  return <AuthForm mode="signup" oauth={oauthProviders()} />;
}
