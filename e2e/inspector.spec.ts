import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chooseInstantPace, events, expectCompleted, response, send } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await chooseInstantPace(page);
});

const markdown = (page: Parameters<typeof response>[0]) => response(page).locator('.prose').first();

test('a saved .sse replays into Response and Events with no server', async ({ page }) => {
  await send(page, 'hello');
  await expectCompleted(page);
  const text = (await markdown(page).textContent()) ?? '';
  expect(text).toContain('hello');
  const count = await events(page).getByTestId('event-count').innerText();

  const downloading = page.waitForEvent('download');
  await events(page).getByRole('button', { name: 'Save .sse', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.sse$/);
  // Outside test-results: a parallel Playwright run may clear that folder.
  const path = join(mkdtempSync(join(tmpdir(), 'inspector-')), download.suggestedFilename());
  await download.saveAs(path);
  const saved = readFileSync(path, 'utf8');
  expect(saved).toContain('event: response.created\ndata: {');

  // Clear the run (a reload shows the active thread's last turn, so delete the thread first),
  // then replay the file: nothing goes to the server.
  await page
    .getByRole('complementary', { name: 'Threads' })
    .getByRole('button', { name: /^Delete thread/ })
    .click();
  await page.reload();
  await expect(events(page).getByTestId('event-count')).toHaveText('(0)');
  await events(page).getByLabel('Open .sse file').setInputFiles(path);
  await expectCompleted(page);
  await expect(events(page).getByTestId('event-count')).toHaveText(count);
  await expect(markdown(page)).toHaveText(text);

  // The Raw view shows the text as received, comments and field names included.
  await events(page).getByRole('tab', { name: 'Raw' }).click();
  await expect(events(page).getByRole('log', { name: 'Raw stream' })).toContainText(
    'event: response.created',
  );
});

test('a non-text file is refused next to the button', async ({ page }) => {
  await events(page)
    .getByLabel('Open .sse file')
    .setInputFiles({ name: 'x.sse', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0, 1]) });
  await expect(events(page).getByRole('alert')).toContainText('not UTF-8');
});

test('filter by type, and jump to the first error of a failed stream', async ({ page }) => {
  await send(page, 'fail for me', { model: 'local-fail' });
  await expect(response(page).getByTestId('run-status')).toContainText('failed');
  const panel = events(page);

  await panel.getByText(/^Types \(/).click();
  await panel.getByRole('button', { name: 'None' }).click();
  await panel.getByRole('checkbox', { name: /response\.output_text\.delta/ }).check();
  await expect(panel.getByTestId('event-shown-count')).toBeVisible();
  const rows = panel.getByTestId('event-row');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row).toContainText('response.output_text.delta');
  await panel.getByRole('button', { name: 'All' }).click();
  await panel.getByText(/^Types \(/).click();

  // The jump clears nothing it need not, scrolls to the error and opens it.
  await panel.getByRole('button', { name: 'Jump to first error' }).click();
  const errorRow = rows.filter({ has: page.getByRole('button', { expanded: true }) }).first();
  await expect(errorRow).toBeInViewport();
  await expect(errorRow).toContainText(/error|failed/);
  await expect(errorRow.locator('pre')).toContainText('"type": "error"');
});

test('a .sse saved with timings replays at its original pace', async ({ page }) => {
  // Realistic pace: the reply takes about a second to stream.
  await page.getByRole('combobox', { name: 'local pace' }).selectOption('realistic');
  await send(page, 'hello');
  await expectCompleted(page);
  const downloading = page.waitForEvent('download');
  await events(page).getByRole('button', { name: 'Save .sse with timings' }).click();
  const download = await downloading;
  const path = join(mkdtempSync(join(tmpdir(), 'inspector-')), download.suggestedFilename());
  await download.saveAs(path);
  const saved = readFileSync(path, 'utf8');
  const times = [...saved.matchAll(/^: t=(\d+)$/gm)].map((m) => Number(m[1]));
  expect(times.length).toBeGreaterThan(9);
  const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
  expect(span).toBeGreaterThan(500);

  await page.reload();
  // The reloaded page shows the thread's last turn, completed; the replay then starts over.
  await expectCompleted(page);
  await events(page).getByLabel('replay pace').selectOption({ index: 1 });
  const started = Date.now();
  await events(page).getByLabel('Open .sse file').setInputFiles(path);
  await expect(response(page).getByTestId('run-status')).not.toContainText('completed');
  await expectCompleted(page);
  // Replayed at the recorded pace, not all at once.
  expect(Date.now() - started).toBeGreaterThan(span * 0.6);
});

test('the list follows the tail of a long stream, and a long answer renders as markdown', async ({
  page,
}) => {
  await send(page, 'write 20000 tokens', { model: 'local-long' });
  await expectCompleted(page);
  const last = events(page).getByTestId('event-row').last();
  await expect(last).toContainText('response.completed');
  await expect(last).toBeInViewport();
  // Far below the screen a group of blocks is its plain text until scrolled near, then markdown.
  const reply = response(page);
  const cell = reply.getByRole('cell', { name: '39', exact: true });
  const heading = reply.getByRole('heading', { name: 'Part 39', exact: true });
  await expect(cell).toHaveCount(0);
  await expect(heading).toHaveCount(0);
  await reply
    .getByText(/Part 39(?!\d)/)
    .first()
    .scrollIntoViewIfNeeded();
  await expect(cell).toBeVisible();
  await expect(heading).toBeVisible();
});
