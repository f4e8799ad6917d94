import { expect, test, type Page } from '@playwright/test';
import { response, send } from './helpers.ts';

async function openGroup(page: Page, name: string) {
  const header = page.getByRole('button', { name: new RegExp(`^[▸▾] ${name}`) });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

async function backgroundWithoutStreaming(page: Page) {
  await openGroup(page, 'State');
  await page.getByLabel('background', { exact: true }).selectOption('true');
  await page.getByLabel('stream', { exact: true }).uncheck();
}

const runStatus = (page: Page) => response(page).getByTestId('run-status');
const lastTurn = (page: Page) =>
  page.getByRole('region', { name: 'Thread' }).getByTestId('thread-turn').last();
const previousId = (page: Page) => page.getByLabel('previous_response_id', { exact: true });

const status = (page: Page) =>
  response(page).getByTestId('background-status').getByRole('status', {
    name: 'background status',
  });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('background without streaming polls to completed and shows the text', async ({ page }) => {
  await page.getByRole('combobox', { name: 'local pace' }).selectOption('realistic');
  await backgroundWithoutStreaming(page);
  await send(page, 'a background hello');
  await expect(status(page)).toHaveText(/queued|in_progress/);
  // Not "completed" while the server is still at it: the run and its turn say so.
  await expect(runStatus(page)).toContainText(/background: (queued|in_progress)/);
  await expect(lastTurn(page)).toContainText('background');
  await expect(status(page)).toHaveText('completed');
  await expect(runStatus(page)).toContainText('completed');
  await expect(response(page).getByRole('heading', { name: 'Echo from local-echo' })).toBeVisible();
  await expect(response(page).locator('blockquote')).toContainText('a background hello');
  await expect(response(page).getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  // The turn is finished with the final response, which the next turn chains from.
  await expect(lastTurn(page)).toContainText('completed');
  const id = await runStatus(page).getByTitle('response id').textContent();
  await expect(previousId(page)).toHaveValue(id!);
  await page.reload();
  await expect(lastTurn(page)).toContainText('completed');
  await expect(response(page).locator('blockquote')).toContainText('a background hello');
});

test('background + Cancel ends cancelled', async ({ page }) => {
  await page.getByRole('combobox', { name: 'local pace' }).selectOption('realistic');
  await backgroundWithoutStreaming(page);
  await send(page, 'write me a long background story', { model: 'local-long' });
  await expect(status(page)).toHaveText(/queued|in_progress/);
  await response(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText('cancelled');
  await expect(response(page).getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  // A cancelled response is not what the next turn chains from.
  await expect(lastTurn(page)).toContainText('cancelled');
  const id = await runStatus(page).getByTitle('response id').textContent();
  await expect(previousId(page)).not.toHaveValue(id!);
});

test('Stop on a streamed background response cancels it on the server', async ({ page }) => {
  await page.getByRole('combobox', { name: 'local pace' }).selectOption('realistic');
  await openGroup(page, 'State');
  await page.getByLabel('background', { exact: true }).selectOption('true');
  await send(page, 'write 5000 tokens', { model: 'local-long' });
  const id = runStatus(page).getByTitle('response id');
  await expect(id).toHaveText(/^resp_/);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(response(page)).toContainText(
    'The background response was cancelled on the server.',
  );
  const stored = await page.request.get(`/local/v1/responses/${await id.textContent()}`, {
    headers: { authorization: 'Bearer local' },
  });
  expect(((await stored.json()) as { status: string }).status).toBe('cancelled');
  await expect(lastTurn(page)).toContainText('cancelled');
});
