import { AuthForm } from "@/components/auth/auth-form";
import { oauthProviders } from "@/lib/auth/auth";

export const metadata = { title: "Sign up · Minuta" };

export default function SignUpPage() {
  return <AuthForm mode="signup" oauth={oauthProviders()} />;
}
