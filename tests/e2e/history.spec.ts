import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { MeetingsPage } from "./pages/meetings-page";
import { uniqueEmail } from "./support";

test.use({ locale: "es-ES" });

test("the history shows the date it is ordered by, and says so when a filter or search can't run", async ({
  page,
}) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  await auth.signUp(uniqueEmail("history"), "correct horse battery");
  await meetings.upload("standup.vtt");
  await meetings.goto();
  await expect(page.getByTestId("meeting-added")).toHaveCount(1);
  await expect(page.getByTestId("meeting-added")).toContainText("Añadida el");

  await page.goto("/meetings?from=2025-13-45");
  await expect(page.getByTestId("history-problem")).toHaveAttribute("data-problem", "invalid");
  await expect(page.getByTestId("history-problem")).toContainText("Estos filtros no son válidos");
  await expect(page.getByTestId("meetings-empty")).toHaveCount(0);

  await page.goto(`/meetings?q=${"palabra ".repeat(80)}`);
  await expect(page.getByTestId("history-problem")).toContainText("No se puede hacer esta búsqueda");
  await expect(page.getByTestId("search-empty")).toHaveCount(0);
});
