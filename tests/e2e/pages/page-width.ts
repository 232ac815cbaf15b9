import { expect, type Page } from "@playwright/test";
import { screenshot } from "../support";

/** What makes a page wider than the window: the elements whose right edge passes it. */
async function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      culprits: [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => !element.closest("pre, [data-scrolls-sideways]"))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()} ${element.textContent?.slice(0, 40) ?? ""}`),
    };
  });
}

/** Asserts the page has no sideways scroll at the current viewport and keeps a screenshot of it. */
export async function expectFitsWidth(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const result = await overflowing(page);
  await screenshot(page, `mobile-${name}`);
  expect(result.scrollWidth, `${name} scrolls sideways: ${result.culprits.join(" | ")}`).toBeLessThanOrEqual(
    result.innerWidth,
  );
}
