// axe-core run inside a page (its source evaluated through the DevTools protocol, so the page's CSP stays on),
// and the check of a console screen built on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOTS } from '../journeys/journeys-setup.js';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations axe finds on the page as it is now: `rule: target…` lines, empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${source};undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
  return violations;
}

/** The elements that stick out past the viewport's right edge (sideways scrolling on a phone); empty when all fit. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1) {
        found.push(
          `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} (${Math.round(box.right)} px)`,
        );
      }
    }
    return found.slice(0, 5);
  });
}

/** No axe violations and nothing sticking out sideways on `target`; then `test/journeys/screenshots/{name}.png`. */
export async function checkScreen(target: Page, name: string): Promise<void> {
  expect(await axeViolations(target), name).toEqual([]);
  expect(await overflowing(target), `${name} fits its width`).toEqual([]);
  await target.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}
