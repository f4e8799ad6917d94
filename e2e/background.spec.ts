import { expect, test, type Page } from '@playwright/test';
import { chooseInstantPace, response, send } from './helpers.ts';

async function openGroup(page: Page, name: string) {
  const header = page.getByRole('button', { name: new RegExp(`^[▸▾] ${name}`) });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

async function backgroundWithoutStreaming(page: Page) {
  await openGroup(page, 'State');
  await page.getByLabel('background', { exact: true }).selectOption('true');
  await page.getByLabel('stream', { exact: true }).uncheck();
}

const status = (page: Page) =>
  response(page).getByTestId('background-status').getByRole('status', {
    name: 'background status',
  });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('background without streaming polls to completed and shows the text', async ({ page }) => {
  await chooseInstantPace(page);
  await backgroundWithoutStreaming(page);
  await send(page, 'a background hello');
  await expect(status(page)).toHaveText(/queued|in_progress|completed/);
  await expect(status(page)).toHaveText('completed');
  await expect(response(page).getByRole('heading', { name: 'Echo from local-echo' })).toBeVisible();
  await expect(response(page).locator('blockquote')).toContainText('a background hello');
  await expect(response(page).getByRole('button', { name: 'Cancel' })).toHaveCount(0);
});

test('background + Cancel ends cancelled', async ({ page }) => {
  await page.getByRole('combobox', { name: 'local pace' }).selectOption('realistic');
  await backgroundWithoutStreaming(page);
  await send(page, 'write me a long background story', { model: 'local-long' });
  await expect(status(page)).toHaveText(/queued|in_progress/);
  await response(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText('cancelled');
  await expect(response(page).getByRole('button', { name: 'Cancel' })).toHaveCount(0);
});
