import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseInstantPace,
  events,
  expectCompleted,
  receivedBody,
  response,
  send,
} from './helpers';

const thread = (page: Page) => page.getByRole('region', { name: 'Thread' });
const turns = (page: Page) => thread(page).getByTestId('thread-turn');
const previousId = (page: Page) => page.getByLabel('previous_response_id', { exact: true });

/** Sends and waits for the turn to finish; returns its response id (from the Thread panel). */
async function turn(page: Page, input: string, n: number): Promise<string> {
  await send(page, input);
  await expectCompleted(page);
  await expect(turns(page)).toHaveCount(n);
  const id = await turns(page)
    .nth(n - 1)
    .getByTitle('response id')
    .textContent();
  expect(id).toMatch(/^resp_/);
  return id!;
}

const tag = () => Math.random().toString(36).slice(2, 8);

test('three turns chain by previous_response_id, survive a reload, and fork from turn 1', async ({
  page,
}) => {
  const t = tag();
  await page.goto('/');
  await chooseInstantPace(page);
  const r1 = await turn(page, `first ${t}`, 1);
  await expect(previousId(page)).toHaveValue(r1);
  const r2 = await turn(page, `second ${t}`, 2);
  const r3 = await turn(page, `third ${t}`, 3);

  const b1 = await receivedBody(page, (b) => b.input === `first ${t}`);
  const b2 = await receivedBody(page, (b) => b.input === `second ${t}`);
  const b3 = await receivedBody(page, (b) => b.input === `third ${t}`);
  expect(b1?.previous_response_id).toBeUndefined();
  expect(b2?.previous_response_id).toBe(r1);
  expect(b3?.previous_response_id).toBe(r2);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Threads list' })).toContainText(`first ${t}`);
  await expect(turns(page)).toHaveCount(3);
  await expect(previousId(page)).toHaveValue(r3);
  // The last turn is shown again after the reload.
  await expect(response(page)).toContainText(`third ${t}`);
  // Its raw stream comes back from IndexedDB into the Events panel.
  await expect(events(page).getByTestId('event-count')).toHaveText(/\(\d{2,}\)/);

  await thread(page).getByRole('button', { name: 'Fork from turn 1' }).click();
  await expect(previousId(page)).toHaveValue(r1);
  await expect(turns(page)).toHaveCount(1);
  await send(page, `branch ${t}`);
  await expectCompleted(page);
  const fork = await receivedBody(page, (b) => b.input === `branch ${t}`);
  expect(fork?.previous_response_id).toBe(r1);
  await expect(turns(page)).toHaveCount(2);
  const tree = thread(page).getByRole('tree', { name: 'Branches' });
  await expect(tree.getByRole('treeitem')).toHaveCount(4);
  // Back to the first branch: its three turns show again.
  await tree.getByRole('button', { name: `second ${t}` }).click();
  await expect(turns(page)).toHaveCount(3);
});

test('export then import gives the same threads; a bad file changes nothing', async ({
  page,
}, info) => {
  const t = tag();
  await page.goto('/');
  await chooseInstantPace(page);
  await turn(page, `alpha ${t}`, 1);
  await turn(page, `beta ${t}`, 2);
  const sidebar = page.getByRole('complementary', { name: 'Threads' });

  const exported = page.waitForEvent('download');
  await sidebar.getByRole('button', { name: 'Export threads' }).click();
  const file = info.outputPath('threads.json');
  await (await exported).saveAs(file);
  const first = JSON.parse(await readFile(file, 'utf8')) as { threads: unknown[] };
  expect(first.threads).toHaveLength(1);

  const bad = info.outputPath('bad.json');
  await page.evaluate(() => undefined);
  await import('node:fs/promises').then((fs) => fs.writeFile(bad, '{"format":"nope"}'));
  await sidebar.getByLabel('Import threads file').setInputFiles(bad);
  await expect(sidebar.getByRole('alert')).toContainText('Not a threads export');
  await expect(
    sidebar.getByRole('list', { name: 'Threads list' }).getByRole('listitem'),
  ).toHaveCount(1);

  await sidebar.getByRole('button', { name: `Delete thread “alpha ${t}”` }).click();
  await expect(sidebar.getByText('No threads yet')).toBeVisible();
  await sidebar.getByLabel('Import threads file').setInputFiles(file);
  await expect(sidebar.getByText('Imported 1 thread.')).toBeVisible();

  const again = page.waitForEvent('download');
  await sidebar.getByRole('button', { name: 'Export threads' }).click();
  const file2 = info.outputPath('threads-again.json');
  await (await again).saveAs(file2);
  const second = JSON.parse(await readFile(file2, 'utf8')) as { threads: unknown[] };
  expect(second.threads).toEqual(first.threads);
});

test('a corrupted or too-new saved thread does not break start-up', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('No threads yet')).toBeVisible();
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('rp-threads');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error('open failed'));
    });
    const tx = db.transaction('threads', 'readwrite');
    const store = tx.objectStore('threads');
    store.put('{{{ not a thread', 'thread_broken');
    store.put(
      { format: 'rp.thread', version: 99, thread: { id: 'thread_future' } },
      'thread_future',
    );
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  const notice = page.getByRole('complementary', { name: 'Threads' }).getByRole('alert');
  await expect(notice).toContainText('2 saved threads could not be read');
  await expect(notice).toContainText('newer version');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download raw data' }).click();
  expect((await download).suggestedFilename()).toContain('unreadable');
  // The app works: a request runs and becomes a thread.
  await chooseInstantPace(page);
  await send(page, 'still working');
  await expectCompleted(page);
  await expect(turns(page)).toHaveCount(1);
});

test('store: false warns and client-side history sends earlier turns as input items', async ({
  page,
}) => {
  const t = tag();
  await page.goto('/');
  await chooseInstantPace(page);
  await page.getByRole('button', { name: 'New thread' }).click();
  await turn(page, `one ${t}`, 1);
  await page.getByLabel('store', { exact: true }).selectOption('false');
  await expect(thread(page).getByRole('alert')).toContainText('store: false');
  await thread(page).getByRole('button', { name: 'Use client-side history' }).click();
  await expect(previousId(page)).toHaveValue('');
  await send(page, `two ${t}`);
  await expectCompleted(page);
  const body = await receivedBody(
    page,
    (b) => Array.isArray(b.input) && JSON.stringify(b.input).includes(`two ${t}`),
  );
  expect(body?.previous_response_id).toBeUndefined();
  const input = body?.input as { role?: string; content?: unknown }[];
  expect(input[0]).toEqual({ role: 'user', content: `one ${t}` });
  expect(input[1]?.role).toBe('assistant');
  expect(input.at(-1)).toEqual({ role: 'user', content: `two ${t}` });
});

test('two open tabs do not overwrite each other’s threads', async ({ context }) => {
  const t = tag();
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/');
  for (const [page, name] of [
    [a, 'tab A'],
    [b, 'tab B'],
  ] as const) {
    await chooseInstantPace(page);
    await page.getByRole('button', { name: 'New thread' }).click();
    await send(page, `${name} ${t}`);
    await expectCompleted(page);
  }
  // Each tab sees the other's thread without a reload, and a reload loses neither.
  for (const page of [a, b]) {
    const list = page.getByRole('list', { name: 'Threads list' });
    await expect(list).toContainText(`tab A ${t}`);
    await expect(list).toContainText(`tab B ${t}`);
  }
  await a.reload();
  const list = a.getByRole('list', { name: 'Threads list' });
  await expect(list).toContainText(`tab A ${t}`);
  await expect(list).toContainText(`tab B ${t}`);
});

test('open by id loads a stored response and its input as a new thread', async ({ page }) => {
  const t = tag();
  await page.goto('/');
  await chooseInstantPace(page);
  const id = await turn(page, `stored ${t}`, 1);
  await page.getByRole('button', { name: 'New thread' }).click();
  const sidebar = page.getByRole('complementary', { name: 'Threads' });
  await sidebar.getByLabel('Open response by id').fill('not an id!');
  await sidebar.getByRole('button', { name: 'Open' }).click();
  await expect(sidebar.getByRole('alert')).toContainText('only letters, digits');
  await sidebar.getByLabel('Open response by id').fill('resp_doesnotexist');
  await sidebar.getByRole('button', { name: 'Open' }).click();
  await expect(sidebar.getByRole('alert')).toContainText('Could not open resp_doesnotexist');
  await sidebar.getByLabel('Open response by id').fill(id);
  await sidebar.getByRole('button', { name: 'Open' }).click();
  await expect(sidebar.getByRole('list', { name: 'Threads list' })).toContainText(`Opened ${id}`);
  await expect(turns(page)).toHaveCount(1);
  await expect(turns(page).first()).toContainText(`stored ${t}`);
  // The next Send continues the opened response.
  await expect(previousId(page)).toHaveValue(id);
});

test('rename, search, delete with Undo, and Show an earlier turn', async ({ page }) => {
  const t = tag();
  await page.goto('/');
  await chooseInstantPace(page);
  await page.getByRole('button', { name: 'New thread' }).click();
  await turn(page, `older ${t}`, 1);
  await turn(page, `newer ${t}`, 2);
  const sidebar = page.getByRole('complementary', { name: 'Threads' });
  const list = sidebar.getByRole('list', { name: 'Threads list' });

  await sidebar.getByRole('button', { name: `Rename thread “older ${t}”` }).click();
  await sidebar.getByLabel('Thread title').fill(`Renamed ${t}`);
  await sidebar.getByLabel('Thread title').press('Enter');
  await expect(list).toContainText(`Renamed ${t}`);

  await sidebar.getByLabel('Search threads').fill(`newer ${t}`);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await sidebar.getByLabel('Search threads').fill(`no such text ${t}`);
  await expect(list).toContainText('No thread matches');
  await sidebar.getByLabel('Search threads').fill('');

  await sidebar.getByRole('button', { name: `Delete thread “Renamed ${t}”` }).click();
  await expect(list).not.toContainText(`Renamed ${t}`);
  await sidebar.getByRole('button', { name: 'Undo' }).click();
  await expect(list).toContainText(`Renamed ${t}`);
  await expect(turns(page)).toHaveCount(2);

  // Show puts turn 1 back in the Response panel, replacing the last answer.
  await thread(page).getByRole('button', { name: 'Show turn 1' }).click();
  await expect(response(page).locator('blockquote')).toContainText(`older ${t}`);
  await expect(events(page).getByTestId('event-count')).toHaveText(/\(\d{2,}\)/);
});
