import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata = { title: "Reset your password · Minuta" };

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
