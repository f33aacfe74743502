import type { Locator, Page } from 'playwright-core';

// The scripted user's own count of what a person does: every character typed (a line break is
// an Enter), every key pressed (a chord such as Alt+Shift+N is one), every click. Waiting and
// reading cost nothing: the counter wraps only Playwright's keyboard and clicks.
export interface ActionCounter {
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  click(target: Locator): Promise<void>;
  readonly count: number;
  /** Per category, for the report: characters, keys, clicks. */
  readonly detail: { chars: number; keys: number; clicks: number };
}

export function countActions(page: Page): ActionCounter {
  const detail = { chars: 0, keys: 0, clicks: 0 };
  return {
    async type(text) {
      detail.chars += [...text].length;
      await page.keyboard.type(text);
    },
    async press(key) {
      detail.keys += 1;
      await page.keyboard.press(key);
    },
    async click(target) {
      detail.clicks += 1;
      await target.click();
    },
    get count() {
      return detail.chars + detail.keys + detail.clicks;
    },
    detail,
  };
}
