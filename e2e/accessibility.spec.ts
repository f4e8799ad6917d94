import { expect, test, type Page } from '@playwright/test';
import { chooseInstantPace, events, expectCompleted, openGroup, send } from './helpers.ts';

// Keyboard focus and contrast in a real browser: jsdom neither drops focus from a button that
// becomes disabled nor computes colours.

test('focus follows Send to Stop while a run streams, and back to Send when it ends', async ({
  page,
}) => {
  await page.goto('/');
  // The realistic pace and a long input: the run lasts a few seconds.
  await page.getByLabel('input', { exact: true }).fill('word '.repeat(300));
  const sendButton = page.getByRole('button', { name: 'Send' });
  await sendButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sendButton).toBeFocused();
});

test('an event row opened and closed with the keyboard keeps focus', async ({ page }) => {
  await page.goto('/');
  await chooseInstantPace(page);
  await send(page, 'hello');
  await expectCompleted(page);
  const row = events(page).getByTestId('event-row').first().getByRole('button').first();
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-expanded', 'false');
  await expect(row).toBeFocused();
});

test('Escape closes the Types popover and returns focus to it', async ({ page }) => {
  await page.goto('/');
  await chooseInstantPace(page);
  await send(page, 'hello');
  await expectCompleted(page);
  const summary = events(page).locator('summary', { hasText: /^Types/ });
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(events(page).getByRole('button', { name: 'All' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(events(page).getByRole('button', { name: 'All' })).toBeHidden();
  await expect(summary).toBeFocused();
});

/**
 * The WCAG contrast of each element's text (or placeholder) against the first opaque background
 * behind it, colours resolved by the browser (a canvas turns oklch into sRGB).
 */
async function contrasts(page: Page, selector: string, pseudo?: '::placeholder') {
  return page.evaluate(
    ({ selector, pseudo }) => {
      const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no canvas');
      const rgba = (color: string) => {
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = color;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data].map((v) => v / 255);
      };
      const lum = ([r = 0, g = 0, b = 0]: number[]) =>
        [r, g, b]
          .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
      const background = (el: Element | null): number[] => {
        for (let node = el; node; node = node.parentElement) {
          const color = rgba(getComputedStyle(node).backgroundColor);
          if ((color[3] ?? 0) === 1) return color;
        }
        return [1, 1, 1, 1];
      };
      return [...document.querySelectorAll(selector)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          const style = getComputedStyle(el, pseudo ?? null);
          const fg = rgba(style.color);
          const alpha = (fg[3] ?? 1) * Number(getComputedStyle(el).opacity);
          const bg = background(el);
          // Text drawn with alpha (a placeholder, an opacity): blend it over its background.
          const shown = fg.slice(0, 3).map((v, i) => v * alpha + (bg[i] ?? 1) * (1 - alpha));
          const [hi, lo] = [lum(shown), lum(bg)].sort((a, b) => b - a);
          return {
            text: el.textContent?.slice(0, 40) ?? '',
            ratio: ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05),
          };
        });
    },
    { selector, pseudo },
  );
}

function expectReadable(found: { text: string; ratio: number }[]) {
  expect(found.length).toBeGreaterThan(0);
  for (const { text, ratio } of found) expect(ratio, text).toBeGreaterThanOrEqual(4.5);
}

test('muted text, event indexes, placeholders and thread actions reach 4.5:1', async ({
  browser,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    await chooseInstantPace(page);
    await send(page, 'hello');
    await expectCompleted(page);
    await openGroup(page, 'Sampling');
    await expect(page.getByLabel('temperature', { exact: true })).toHaveAttribute(
      'placeholder',
      /default/,
    );
    if (colorScheme === 'dark') await expect(page.locator('html')).toHaveClass(/dark/);
    // Muted text on the panels (the event-row index is among them).
    expectReadable(await contrasts(page, 'section .text-zinc-500'));
    expectReadable(await contrasts(page, '[data-testid="event-row"] button > span:first-child'));
    // A hint such as "default: …" in an empty numeric field.
    expectReadable(await contrasts(page, 'input[placeholder]:placeholder-shown', '::placeholder'));
    expectReadable(await contrasts(page, 'button[aria-label^="Rename thread"]'));
    await context.close();
  }
});
