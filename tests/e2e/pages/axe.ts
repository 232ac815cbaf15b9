import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe-core on the page as it is and fails on any serious or critical WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(" ")}`,
    );
  // Soft: one run lists every page with a problem, not just the first.
  expect.soft(serious, `axe on ${name}`).toEqual([]);
}
