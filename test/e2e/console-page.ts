// The desktop page the console browser tests drive: 1366×900, its errors collected, 15 s for each step.
import type { Browser, Page } from 'playwright-core';

/** Opens the page in a context of its own; `clipboardFor` lets pages of that origin read and write the clipboard. */
export async function openConsolePage(
  browser: Browser,
  errors: string[],
  options: { clipboardFor?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  if (options.clipboardFor) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: options.clipboardFor });
  }
  context.on('page', (each) => each.on('pageerror', (error) => errors.push(error.message)));
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}
