import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { MeetingsPage } from "./pages/meetings-page";
import { screenshot, uniqueEmail } from "./support";

// A Spanish browser: the UI, and so the default spoken language of an upload, is Spanish.
test.use({ locale: "es-ES" });

test("the template and language chosen at upload are the meeting's, and its first notes use that template", async ({
  page,
}) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  await auth.signUp(uniqueEmail("options"), "correct horse battery");
  await expect(page.getByTestId("upload-language")).toHaveValue("es");
  await expect(page.getByTestId("upload-template")).toHaveValue("default");

  await meetings.chooseUploadOptions({ template: "standup", language: "en" });
  await screenshot(page, "upload-options-es");
  const meetingId = await meetings.upload("standup.vtt");
  await meetings.expectTranscriptLoaded(6);

  const meeting = await page.request.get(`/api/v1/meetings/${meetingId}`);
  expect(await meeting.json()).toMatchObject({ id: meetingId, language: "en", source: "upload" });
  await expect
    .poll(async () => (await page.request.get(`/api/v1/meetings/${meetingId}/insights`)).status(), {
      timeout: 30_000,
    })
    .toBe(200);
  const insights = await page.request.get(`/api/v1/meetings/${meetingId}/insights`);
  expect((await insights.json()).template).toBe("standup");
});

test("a broken transcript's message names its line in Spanish and leaves no meeting behind", async ({
  page,
}) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  await auth.signUp(uniqueEmail("broken-es"), "correct horse battery");
  await meetings.sendFile(
    "notas.vtt",
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHola\n\n00:00:0x.000 --> 00:00:04.000\nAdiós\n",
    "text/vtt",
  );
  await expect(meetings.uploadError()).toHaveText(
    "La línea 6 tiene una marca de tiempo no válida. Corrige esa línea y vuelve a intentarlo.",
  );
  await screenshot(page, "upload-error-line-es");
  await page.reload();
  await expect(page.getByTestId("meetings-empty")).toBeVisible();
});

test("an empty file is refused before anything is sent", async ({ page }) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  await auth.signUp(uniqueEmail("empty"), "correct horse battery");
  const created: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/v1/meetings"))
      created.push(request.url());
  });
  await meetings.sendFile("vacío.txt", "");
  await expect(meetings.uploadError()).toHaveText("El archivo está vacío.");
  expect(created).toEqual([]);
});

test("cancelling an upload deletes the meeting it had created", async ({ page }) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  await auth.signUp(uniqueEmail("cancel"), "correct horse battery");
  // Hold the file where it is, as a slow connection would, until the user cancels.
  await page.route("**/api/v1/meetings/*/files", () => {});
  await meetings.sendFile("larga.txt", "Ana: hola\nLuis: adiós\n");
  await expect(page.getByTestId("upload-cancel")).toBeVisible();
  await page.getByTestId("upload-cancel").click();
  await expect(page.getByTestId("upload-cancelled")).toHaveText("Subida cancelada. No se ha guardado nada.");
  await page.unroute("**/api/v1/meetings/*/files");
  await expect
    .poll(async () => (await (await page.request.get("/api/v1/meetings")).json()).data.length)
    .toBe(0);
  await page.reload();
  await expect(page.getByTestId("meetings-empty")).toBeVisible();
});
