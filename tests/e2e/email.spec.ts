import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { EmailPage } from "./pages/email-page";
import { MeetingsPage } from "./pages/meetings-page";
import { screenshot, uniqueEmail } from "./support";

test.use({ locale: "en-US" });

// The e2e server is a production build without RESEND_API_KEY: email can reach no one, and the app
// must say so instead of pretending.

test("the login page offers no emailed link that could reach no one", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByTestId("email-links-unavailable")).toBeVisible();
  await expect(page.getByTestId("email-link")).toHaveCount(0);
  await expect(page.getByTestId("forgot-password")).toHaveCount(0);
  await screenshot(page, "login-without-email");

  await page.goto("/forgot-password");
  await expect(page.getByTestId("forgot-password-unavailable")).toBeVisible();
  await expect(page.getByTestId("forgot-password-form")).toHaveCount(0);
});

test("a recap shows each recipient's delivery, and Settings → Sent emails lists it in plain words", async ({
  page,
}) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  const email = new EmailPage(page);
  const owner = uniqueEmail("recap");
  await auth.signUp(owner, "correct horse battery");
  const meetingId = await meetings.upload("standup.vtt");

  const delivery = await email.sendRecapToMe();
  await expect(delivery).toHaveCount(1);
  await expect(delivery).toHaveAttribute("data-to", owner);
  await expect(delivery.getByTestId("email-status")).toHaveAttribute("data-status", "skipped", {
    timeout: 30_000,
  });
  await expect(delivery.getByTestId("email-problem")).toContainText("no email provider");
  await screenshot(page, "recap-delivery");

  await email.openSentEmails();
  await expect(page.getByRole("heading", { name: "Sent emails" })).toBeVisible();
  // The on-demand recap and the automatic one sent when the meeting became ready (to the owner).
  await expect(email.rows()).toHaveCount(2);
  for (const row of await email.rows().all()) {
    await expect(row.getByTestId("sent-email-to")).toHaveText(owner);
    await expect(row.getByTestId("email-status")).toHaveAttribute("data-status", "skipped");
    await expect(row.getByRole("link")).toHaveAttribute("href", `/meetings/${meetingId}`);
  }
  await screenshot(page, "sent-emails-en");

  await page.getByTestId("language-switcher").selectOption("es");
  await expect(page.getByRole("heading", { name: "Correos enviados" })).toBeVisible();
  await expect(email.rows().first().getByTestId("email-status")).toHaveText("no enviado");
  await screenshot(page, "sent-emails-es");
});
