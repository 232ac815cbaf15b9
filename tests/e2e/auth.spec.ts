import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { screenshot, uniqueEmail } from "./support";

test.use({ locale: "en-US" });

test("sign up, log out, log in, switch to Spanish", async ({ page }) => {
  const auth = new AuthPage(page);
  const email = uniqueEmail();
  await auth.signUp(email, "correct horse battery");
  await expect(page.getByRole("heading", { name: "Meetings" })).toBeVisible();
  await expect(page.getByTestId("user-email")).toHaveText(email);
  await screenshot(page, "meetings-empty-en");

  await auth.logOut();
  await auth.logIn(email, "correct horse battery");

  await page.getByTestId("language-switcher").selectOption("es");
  await expect(page.getByRole("heading", { name: "Reuniones" })).toBeVisible();
  await expect(page.getByTestId("nav-settings")).toHaveText("Ajustes");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await screenshot(page, "meetings-empty-es");

  // The choice is remembered across a reload and on the next login.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Reuniones" })).toBeVisible();
});

test("a wrong password shows the same message as an unknown email", async ({ page }) => {
  const auth = new AuthPage(page);
  const email = uniqueEmail();
  await auth.signUp(email, "correct horse battery");
  await auth.logOut();

  await auth.logIn(email, "wrong password!", { expectSuccess: false });
  await expect(auth.formError()).toHaveText("Wrong email or password.");
  await screenshot(page, "login-wrong-password");

  await auth.logIn(uniqueEmail("nobody"), "wrong password!", { expectSuccess: false });
  await expect(auth.formError()).toHaveText("Wrong email or password.");
});

test("sign-up explains a short password and a taken email", async ({ page }) => {
  const auth = new AuthPage(page);
  const email = uniqueEmail();
  await page.goto("/signup");
  await page.getByTestId("email").fill(email);
  await page.getByTestId("password").fill("short");
  await page.getByTestId("submit").click();
  await expect(auth.formError()).toHaveText("The password needs at least 8 characters.");

  await auth.signUp(email, "correct horse battery");
  await auth.logOut();
  await page.goto("/signup");
  await page.getByTestId("email").fill(email);
  await page.getByTestId("password").fill("another long password");
  await page.getByTestId("submit").click();
  await expect(auth.formError()).toContainText("already exists");
});

test("a new account takes the browser's time zone", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US", timezoneId: "America/Santiago" });
  const page = await context.newPage();
  await new AuthPage(page).signUp(uniqueEmail("zone"), "correct horse battery");
  await page.goto("/settings");
  await expect(page.locator("#timezone")).toHaveValue("America/Santiago");
  await context.close();
});

test("pages need a session and a tampered cookie is no session", async ({ page, context }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login/);

  const auth = new AuthPage(page);
  await auth.signUp(uniqueEmail(), "correct horse battery");
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.includes("session-token"));
  expect(session).toBeDefined();
  await context.clearCookies();
  await context.addCookies([{ ...session!, value: `${session!.value.slice(0, -6)}AAAAAA` }]);
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login/);
});

test("log out ends the session for a copy of its cookie too", async ({ page, context, browser }) => {
  const auth = new AuthPage(page);
  await auth.signUp(uniqueEmail("copy"), "correct horse battery");
  const copied = await context.storageState();
  await auth.logOut();

  const thief = await browser.newContext({ storageState: copied });
  const stolen = await thief.newPage();
  await stolen.goto("/settings");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});

test("Settings → Profile logs every device out, this one included", async ({ page, browser }) => {
  const email = uniqueEmail("everywhere");
  const auth = new AuthPage(page);
  await auth.signUp(email, "correct horse battery");
  const phoneContext = await browser.newContext({ locale: "en-US" });
  const phone = await phoneContext.newPage();
  await new AuthPage(phone).logIn(email, "correct horse battery");

  await page.goto("/settings");
  await expect(page.getByTestId("sessions")).toContainText("Signed-in devices");
  await screenshot(page, "settings-sessions-en");
  await page.getByTestId("log-out-everywhere").click();
  await page.waitForURL("**/login**");

  await phone.goto("/settings");
  await expect(phone).toHaveURL(/\/login/);
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login/);
  await phoneContext.close();
});

test("Spanish browsers get Spanish by default, and dark mode can be switched on", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Inicia sesión en Minuta" })).toBeVisible();
  await page.getByTestId("theme-toggle").click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await screenshot(page, "login-es-dark");
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await context.close();
});
