import type { Page } from "@playwright/test";

/** The meeting's recording, read and driven the way its page does. */
export class MediaPlayer {
  constructor(private readonly page: Page) {}

  element() {
    return this.page.getByTestId("media-player");
  }

  currentTime() {
    return this.element().evaluate((media: HTMLMediaElement) => media.currentTime);
  }

  paused() {
    return this.element().evaluate((media: HTMLMediaElement) => media.paused);
  }

  /** Stops it at `seconds`, once it knows its length. */
  async pauseAt(seconds: number) {
    await this.element().evaluate(async (media: HTMLMediaElement, at: number) => {
      if (media.readyState < 1)
        await new Promise((resolve) => media.addEventListener("loadedmetadata", resolve, { once: true }));
      media.pause();
      media.currentTime = at;
    }, seconds);
  }
}
