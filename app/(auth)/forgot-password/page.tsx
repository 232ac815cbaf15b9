import { Card } from "@/components/ui/card";
import { emailLinksAvailable } from "@/lib/email/email-delivery";
import { titled } from "@/lib/i18n/page-title";
import { getMessages } from "@/lib/i18n/server";
import { BackToLogin } from "./back-to-login";
import { ForgotPasswordForm } from "./forgot-password-form";

export const generateMetadata = titled("forgotPassword");
export const dynamic = "force-dynamic";

export default async function ForgotPasswordPage() {
  if (emailLinksAvailable()) return <ForgotPasswordForm />;
  // Production without an email provider: a reset link could reach no one.
  const { t } = await getMessages();
  return (
    <Card className="p-6" data-testid="forgot-password-unavailable">
      <h1 className="mb-2 text-xl font-semibold">{t.email.forgotTitle}</h1>
      <p className="text-sm text-muted-foreground">{t.email.forgotUnavailable}</p>
      <BackToLogin label={t.email.requestNewLink} />
    </Card>
  );
}
