import { AuthForm } from "@/components/auth/auth-form";
import { oauthProviders } from "@/lib/auth/auth";

export const metadata = { title: "Log in · Minuta" };

export default function LoginPage() {
  return <AuthForm mode="login" oauth={oauthProviders()} />;
}
