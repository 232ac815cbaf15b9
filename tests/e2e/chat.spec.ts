import { expect, type Page, test } from "@playwright/test";
import { makeTempDir, speakWithPauses } from "../support/audio";
import { AuthPage } from "./pages/auth-page";
import { ChatPage } from "./pages/chat-page";
import { MediaPlayer } from "./pages/media-player";
import { MeetingChat } from "./pages/meeting-chat";
import { MeetingsPage } from "./pages/meetings-page";
import { screenshot, uniqueEmail } from "./support";

/** Reloads until the meeting's notes are written (processing runs in the background). */
async function reloadUntilVisible(
  page: Page,
  target: () => ReturnType<Page["getByTestId"]>,
  timeout = 45_000,
) {
  await expect(async () => {
    await page.reload();
    await expect(target()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout });
}

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

test("ask a meeting from its own page with a suggested question, then follow a citation to its line", async ({
  page,
}) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  const meetingChat = new MeetingChat(page);
  const chat = new ChatPage(page);
  await auth.signUp(uniqueEmail("meeting-chat"), "correct horse battery");
  const meetingId = await meetings.upload("standup.vtt");
  await meetings.expectTranscriptLoaded(6);

  // The suggestions come from the meeting's notes, in the reader's language.
  const topic = () => meetingChat.suggestions().filter({ hasText: "What was said about “certificate”?" });
  await reloadUntilVisible(page, topic);
  await expect(meetingChat.suggestions().filter({ hasText: "What was this meeting about?" })).toBeVisible();
  await topic().focus();
  await page.keyboard.press("Enter");
  await meetingChat.waitForAnswer();
  const answer = meetingChat.answers().last();
  await expect(answer).toHaveAttribute("data-answered", "true");
  await expect(answer.getByTestId("answer-text")).toContainText("certificate");
  await expect(page.getByTestId("chat-error")).toHaveCount(0);
  await screenshot(page, "meeting-chat-answer");

  // A chip that cites a line about the certificate (its tooltip is the cited line).
  const chip = meetingChat.citationChips().and(page.locator('[title*="certificate"]')).first();
  const seq = await chip.getAttribute("data-seq");
  await chip.click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}\\?seq=${seq}$`));
  await expect(page.locator(`[data-testid="segment"][data-seq="${seq}"]`)).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(
    page.locator(`[data-testid="segment"][data-seq="${seq}"]`).getByTestId("segment-text"),
  ).toContainText("certificate");
  // The conversation stays on the page while the transcript moves to the line.
  await expect(meetingChat.answers()).toHaveCount(1);

  // The chat is kept with the others.
  await meetingChat.openInChatPage();
  await expect(chat.answers()).toHaveCount(1);
  await expect(chat.savedChats()).toHaveCount(1);
});

test("new chat and deleting the open chat both leave an empty chat that answers into a new saved chat", async ({
  page,
}) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  const chat = new ChatPage(page);
  await auth.signUp(uniqueEmail("chat-reset"), "correct horse battery");
  await meetings.upload("standup.vtt");
  await meetings.expectTranscriptLoaded(6);

  // An empty Chat page offers questions from the latest meetings.
  await chat.goto();
  await reloadUntilVisible(page, () =>
    chat.suggestions().filter({ hasText: "What was said about “certificate”?" }),
  );
  await chat.ask("Who is blocked on the staging certificate?");
  await chat.waitForAnswer();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);

  await chat.newChat();
  await expect(chat.answers()).toHaveCount(0);
  await expect(page.getByTestId("chat-question")).toHaveCount(0);
  await expect(chat.suggestions().first()).toBeVisible();
  await chat.ask("Who will ping the infrastructure team?");
  await chat.waitForAnswer();
  await expect(chat.answers()).toHaveCount(1);
  await expect(page.getByTestId("chat-error")).toHaveCount(0);
  await expect(chat.savedChats()).toHaveCount(2);

  // Titles stay readable beside compact rename and delete buttons.
  await chat.renameChat("Who will ping the infrastructure team?", "Infrastructure follow-up");
  await expect(chat.savedChats().filter({ hasText: "Infrastructure follow-up" })).toBeVisible();

  await chat.deleteChat("Infrastructure follow-up");
  await expect(chat.savedChats()).toHaveCount(1);
  await expect(page).toHaveURL(/\/chat$/);
  await expect(chat.answers()).toHaveCount(0);
  await chat.ask("Who is pairing on the database migration?");
  await chat.waitForAnswer();
  await expect(page.getByTestId("chat-error")).toHaveCount(0);
  await expect(chat.savedChats()).toHaveCount(2);
});

test("a cited line opens with the recording cued there; keys play, pause and jump once", async ({ page }) => {
  const auth = new AuthPage(page);
  // Offline speech-to-text runs about as long as the recording, after the page has loaded.
  test.setTimeout(180_000);
  const player = new MediaPlayer(page);
  const audio = await makeTempDir();
  try {
    const recording = await speakWithPauses(
      audio.dir,
      "standup",
      [
        "Good morning everyone, let us start the weekly meeting.",
        "The budget for the spring launch is forty thousand euros.",
        "We will move the launch to the ninth of May.",
      ],
      2,
    );
    await auth.signUp(uniqueEmail("chat-audio"), "correct horse battery");
    await page.getByTestId("upload-input").setInputFiles(recording);
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}/);
    const meetingId = page.url().split("/meetings/")[1]?.split("?")[0] as string;
    // Processing finishes while the page is open: the transcript appears without a reload.
    await expect(page.getByTestId("segment").first().or(page.getByTestId("processing-problem"))).toBeVisible({
      timeout: 120_000,
    });
    // CI installs pocketsphinx (.ci/run): a recording must become a transcript there.
    await expect(page.getByTestId("processing-problem")).toBeHidden();

    const transcript = await page.request.get(`/api/v1/meetings/${meetingId}/transcript`);
    const segments = ((await transcript.json()) as { data: { seq: number; startMs: number }[] }).data;
    const line = segments.find((segment) => segment.startMs >= 2_000);
    if (!line) throw new Error("the recording was transcribed as a single line");

    // Opened at a line (as a citation does), the recording is cued to it.
    await page.goto(`/meetings/${meetingId}?seq=${line.seq}`);
    await expect.poll(() => player.currentTime()).toBeGreaterThanOrEqual(line.startMs / 1000 - 0.3);

    // With the player's own controls focused, an arrow jumps 5 s once (not twice).
    await player.pauseAt(1);
    await player.element().focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => player.currentTime()).toBeCloseTo(6, 0);
    await page.keyboard.press("j");
    await expect.poll(() => player.currentTime()).toBeCloseTo(1, 0);

    // After clicking a line's time, space plays and pauses instead of clicking the line again.
    await page.getByTestId("segment-seek").first().click();
    const pausedBefore = await player.paused();
    await page.keyboard.press(" ");
    await expect.poll(() => player.paused()).toBe(!pausedBefore);
  } finally {
    await audio.cleanup();
  }
});
