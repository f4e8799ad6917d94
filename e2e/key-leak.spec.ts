import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectCompleted, events, response, send } from './helpers.ts';
import { findKeyIn, storedTexts, type KeyLeak } from './key-leak.ts';

// Recognisable, and not shaped like a real provider key.
const KEY = `test-key-CANARY-${Date.now().toString(36)}`;

test('the API key appears in no export, share link, thread file, view, message, log or storage', async ({
  page,
  context,
  baseURL,
}, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  page.on('pageerror', (e) => consoleLines.push(String(e)));
  const leaks: KeyLeak[] = [];
  const check = (where: string, text: string) => leaks.push(...findKeyIn(where, text, KEY));

  await page.goto('/');
  await page.getByLabel('Base URL').fill(`${baseURL}/local/v1`);
  await page.getByLabel('API key').fill(KEY);
  // Two turns of one thread (the second chained by previous_response_id), sent with the key.
  const sent = page.waitForRequest((r) => r.url().endsWith('/local/v1/responses'));
  await send(page, 'first turn with a key');
  expect((await sent).headers()['authorization']).toBe(`Bearer ${KEY}`);
  await expectCompleted(page);
  await send(page, 'second turn with a key');
  await expectCompleted(page);
  check('Response panel', await response(page).innerText());
  check('Thread panel', await page.getByRole('region', { name: 'Thread' }).innerText());

  // Every export target, the whole-thread replay included, as shown and as downloaded.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export request' });
  await expect(dialog.getByRole('tab', { name: 'Whole thread' })).toBeVisible();
  const tabs = await dialog.getByRole('tab').allTextContents();
  expect(tabs).toContain('Whole thread');
  for (const name of tabs) {
    await dialog.getByRole('tab', { name, exact: true }).click();
    const code = await dialog.getByTestId('export-code').textContent();
    expect(code?.length).toBeGreaterThan(10);
    check(`export: ${name}`, code ?? '');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download' }).click();
    const file = info.outputPath(`export-${tabs.indexOf(name)}`);
    await (await download).saveAs(file);
    check(`export download: ${name}`, await readFile(file, 'utf8'));
  }
  // The explicit opt-in is the only way in, and it works (so the search above can find it).
  await dialog.getByLabel('include my API key').check();
  await dialog.getByRole('tab', { name: 'curl', exact: true }).click();
  await expect(dialog.getByTestId('export-code')).toContainText(KEY);
  await dialog.getByLabel('include my API key').uncheck();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Share link' }).click();
  check('share link', await page.getByLabel('share link').inputValue());
  check('clipboard', await page.evaluate(() => navigator.clipboard.readText()));

  const threadsFile = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export threads' }).click();
  const saved = info.outputPath('threads.json');
  await (await threadsFile).saveAs(saved);
  check('threads export', await readFile(saved, 'utf8'));

  await events(page).getByRole('tab', { name: 'Raw' }).click();
  check('raw event view', await events(page).getByRole('log', { name: 'Raw stream' }).innerText());
  await events(page).getByRole('tab', { name: 'Events' }).click();
  check('events list', await events(page).innerText());

  // An error from the server (401) shows its message without the key.
  await send(page, 'an error', { model: 'local-error-401' });
  await expect(response(page).getByRole('alert').first()).toBeVisible();
  check('error message', await response(page).innerText());

  // Let batched saves land, then search everything kept on this device.
  await page.waitForTimeout(500);
  for (const { where, text } of await storedTexts(page)) check(where, text);
  check('console', consoleLines.join('\n'));
  // The search itself works: the key is in the (unremembered, in-memory) key field.
  expect(await page.getByLabel('API key').inputValue()).toBe(KEY);
  expect(leaks).toEqual([]);
});
