import { expect, test } from '@playwright/test';
import { events, expectCompleted, response, send } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('hello streams a markdown reply from the local server, with every event listed', async ({
  page,
}) => {
  await send(page, 'hello');
  const reply = response(page);
  // The reply streams at ~80 tokens/s: the status shows streaming before it completes.
  await expect(reply.getByTestId('run-status')).toContainText(/streaming|completed/);
  await expect(reply.getByRole('heading', { name: 'Echo from local-echo' })).toBeVisible();
  await expectCompleted(page);
  await expect(reply.locator('blockquote')).toContainText('hello');
  await expect(reply.getByRole('listitem').first()).toBeVisible();
  await expect(reply.getByRole('table')).toBeVisible();
  await expect(reply.locator('pre code')).toContainText('"model": "local-echo"');

  const rows = events(page).getByTestId('event-row');
  expect(await rows.count()).toBeGreaterThanOrEqual(9);
  await expect(rows.first()).toContainText('response.created');
  await expect(rows.last()).toContainText('response.completed');
  await expect(events(page).getByText('response.output_text.delta').first()).toBeVisible();

  // An event expands to its JSON.
  await rows.first().getByRole('button').click();
  await expect(events(page).locator('pre').first()).toContainText('"sequence_number": 0');
});

test('Ctrl+Enter sends, and stream off renders the JSON body the same way', async ({ page }) => {
  await page.getByLabel('stream').uncheck();
  await page.getByLabel('input', { exact: true }).fill('no streaming please');
  await page.getByLabel('input', { exact: true }).press('Control+Enter');
  await expectCompleted(page);
  await expect(response(page).getByRole('heading', { name: 'Echo from local-echo' })).toBeVisible();
  await expect(response(page).locator('blockquote')).toContainText('no streaming please');
  await expect(events(page).getByTestId('event-row')).toHaveCount(0);
});

test('Stop mid-stream keeps the partial text', async ({ page }) => {
  await send(page, 'write 3000 tokens', { model: 'local-long' });
  const reply = response(page);
  await expect(reply.getByRole('heading', { name: 'Part 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(reply.getByTestId('run-status')).toContainText('stopped');
  await expect(reply.getByRole('status')).toContainText('partial output is kept');
  await expect(reply.getByRole('heading', { name: 'A long answer' })).toBeVisible();
  await expect(reply.getByRole('heading', { name: 'Part 2' })).toBeVisible();
  // Nothing more arrives after Stop, and there was no terminal event. (The count, not the rows:
  // the virtualized list refreshes ten times a second and may still scroll to the tail.)
  const counter = events(page).getByTestId('event-count');
  await page.waitForTimeout(300);
  const count = await counter.textContent();
  await page.waitForTimeout(500);
  await expect(counter).toHaveText(count ?? '');
  await expect(events(page).getByText('response.completed')).toHaveCount(0);
});

test('instructions are obeyed and non-default parameters are listed', async ({ page }) => {
  await page.getByLabel('instructions', { exact: true }).fill('Answer in uppercase.');
  await send(page, 'shout this');
  await expectCompleted(page);
  await expect(response(page).getByRole('heading', { name: 'ECHO FROM LOCAL-ECHO' })).toBeVisible();
  await expect(response(page).getByRole('table')).toContainText('INSTRUCTIONS');
});
