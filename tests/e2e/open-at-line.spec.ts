import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { MeetingsPage } from "./pages/meetings-page";
import { screenshot, uniqueEmail } from "./support";

test.use({ locale: "en-US" });

/** A long meeting: the line asked for is far below the notes and the first lines. */
function longTranscript() {
  const lines: string[] = [];
  for (let index = 1; index <= 150; index += 1) {
    const speaker = ["Ana", "Luis", "Marta"][index % 3];
    lines.push(
      index === 130
        ? `${speaker}: The zeppelin hangar lease ends in March, so we have to renew it this quarter.`
        : `${speaker}: Point ${index} of the weekly review, about the roadmap, hiring and the budget.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

test("a search hit and a key point's time open the meeting scrolled to their line, highlighted", async ({
  page,
}) => {
  const meetings = new MeetingsPage(page);
  await new AuthPage(page).signUp(uniqueEmail("open-at-line"), "correct horse battery");
  await meetings.sendFile("review.txt", longTranscript());
  await page.waitForURL(/\/meetings\/[0-9a-f-]{36}/);
  await expect(page.getByTestId("segment-count")).toHaveText("150 lines");

  await meetings.goto();
  await meetings.search("zeppelin hangar");
  const hit = meetings.hits().first();
  const href = (await hit.getAttribute("href")) ?? "";
  const seq = new URL(href, "http://x").searchParams.get("seq") ?? "";
  await hit.click();
  await page.waitForURL(/\?seq=/);
  await meetings.expectOpenedAt(seq);
  await expect(meetings.segment(seq).getByTestId("segment-text")).toContainText("zeppelin hangar");
  await screenshot(page, "opened-at-search-hit");

  // A key point's time moves the page to its line too, and so does the same time clicked again
  // after the reader scrolled away.
  const times = page.getByTestId("insights").getByTestId("cite-link");
  await expect(times.first()).toBeVisible({ timeout: 30_000 });
  for (const time of [times.filter({ hasText: "00:10:" }).first(), times.first()]) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const timeSeq =
      new URL((await time.getAttribute("href")) ?? "", "http://x").searchParams.get("seq") ?? "";
    await time.click();
    await meetings.expectOpenedAt(timeSeq);
  }
});
