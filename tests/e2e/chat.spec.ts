import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { ChatPage } from "./pages/chat-page";
import { MeetingsPage } from "./pages/meetings-page";
import { screenshot, uniqueEmail } from "./support";

test.use({ locale: "en-US" });

test("ask about an uploaded meeting, watch the answer stream in, follow a citation to its line", async ({
  page,
}) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  const chat = new ChatPage(page);
  await auth.signUp(uniqueEmail("chat"), "correct horse battery");
  const meetingId = await meetings.upload("standup.vtt");
  await meetings.expectTranscriptLoaded(6);

  await chat.goto();
  await chat.ask("Who is blocked on the staging certificate?");
  await chat.waitForAnswer();
  const answer = chat.answers().last();
  await expect(answer.getByTestId("answer-text")).toContainText("staging certificate");
  await expect(answer).toHaveAttribute("data-answered", "true");
  await expect(page.getByTestId("chat-error")).toHaveCount(0);
  await screenshot(page, "chat-answer");

  // The chat is saved and the address names it.
  await expect(chat.savedChats()).toHaveCount(1);
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);

  const chip = answer.locator('[data-testid="citation-chip"][data-seq="3"]').first();
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}\\?seq=3`));
  await expect(page.locator('[data-seq="3"][aria-current="true"]')).toBeVisible();
  await expect(page.locator('[data-seq="3"]').getByTestId("segment-text")).toContainText(
    "staging certificate",
  );
});

test("an unrelated question gets a plain 'the meetings don't say'", async ({ page }) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  const chat = new ChatPage(page);
  await auth.signUp(uniqueEmail("chat-none"), "correct horse battery");
  await meetings.upload("standup.vtt");
  await chat.goto();
  await chat.ask("What is the recipe for seafood paella?");
  await chat.waitForAnswer();
  await expect(chat.answers().last()).toHaveAttribute("data-answered", "false");
  await expect(chat.answers().last()).toContainText("The meetings don't say anything about that.");
  await expect(chat.citationChips()).toHaveCount(0);
});
