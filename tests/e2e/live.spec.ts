import { type APIRequestContext, expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { startSecondServer } from "./second-server";
import { screenshot, uniqueEmail } from "./support";

// Beside the e2e server (E2E_PORT), so runs on other ports never meet on it.
const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 10;

test.use({ locale: "en-US" });

async function append(request: APIRequestContext, base: string, id: string, seqs: number[]) {
  const response = await request.post(`${base}/api/v1/meetings/${id}/segments`, {
    data: {
      segments: seqs.map((seq) => ({
        seq,
        speaker: seq % 2 ? "Luis" : "Ana",
        text: `Caption number ${seq} about the launch`,
        startMs: seq * 2000,
        endMs: seq * 2000 + 1800,
      })),
    },
  });
  expect(response.status()).toBe(200);
}

test("captions appended through the API appear live, and a server restart resumes without gaps", async ({
  page,
  baseURL,
}) => {
  const auth = new AuthPage(page);
  await auth.signUp(uniqueEmail("live"), "correct horse battery");
  const created = await page.request.post("/api/v1/meetings", {
    data: { title: "Live stand-up", language: "en" },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // The page talks to a second instance, which is restarted mid-stream; appends go to the first.
  const second = await startSecondServer(SECOND_PORT);
  let restarted: Awaited<ReturnType<typeof startSecondServer>> | undefined;
  try {
    await page.goto(`${second.url}/meetings/${id}`);
    await expect(page.getByText("Waiting for the first captions…")).toBeVisible();
    await expect(page.getByTestId("status-badge")).toHaveAttribute("data-status", "created");
    await append(page.request, baseURL as string, id, [0, 1, 2]);
    await expect(page.getByTestId("segment")).toHaveCount(3);
    // One live indicator with the elapsed time, not a "Live" status badge beside it.
    await expect(page.getByTestId("live-badge")).toBeVisible();
    await expect(page.getByTestId("live-badge")).toHaveCount(1);
    await expect(page.getByTestId("status-badge")).toHaveCount(0);
    await expect(page.getByTestId("live-elapsed")).toHaveText(/\d+:\d{2}:\d{2}/);
    await screenshot(page, "live-meeting");

    await second.stop();
    await append(page.request, baseURL as string, id, [3, 4]);
    restarted = await startSecondServer(SECOND_PORT);
    await append(page.request, baseURL as string, id, [5]);
    await expect(page.getByTestId("segment")).toHaveCount(6, { timeout: 20_000 });
    const seqs = await page
      .getByTestId("segment")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-seq")));
    expect(seqs).toEqual(["0", "1", "2", "3", "4", "5"]);
  } finally {
    await restarted?.stop();
    await second.stop();
  }
});
