import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { receivedBody } from './helpers.ts';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function fillRequest(page: Page, input: string) {
  await field(page, 'input').fill(input);
  await field(page, 'instructions').fill(`Be brief. It's "$HOME" \`date\``);
}

test('Export: one tab per target, Copy puts the code on the clipboard, and the curl runs', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const marker = `export e2e ${Date.now()} ☃`;
  await fillRequest(page, marker);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export request' });
  const code = dialog.getByTestId('export-code');
  const tabs = ['curl', 'TypeScript', 'TypeScript (fetch)', 'Python', 'HTTP', 'JSON'];
  await expect(dialog.getByRole('tab')).toHaveText(tabs);
  const starts = [
    /^curl -N /,
    /import OpenAI from 'openai'/,
    /await fetch\(/,
    /from openai import OpenAI/,
    /^POST \/local\/v1\/responses HTTP\/1\.1/,
    /^\{/,
  ];
  for (const [i, name] of tabs.entries()) {
    await dialog.getByRole('tab', { name, exact: true }).click();
    await expect(dialog.getByRole('tab', { name, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(code).toHaveText(starts[i] as RegExp);
  }

  await dialog.getByRole('tab', { name: 'curl' }).click();
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.textContent());
  expect(copied).toContain('/local/v1/responses');

  // The copied command, run by bash, sends exactly the form's body to the local server.
  execFileSync('bash', ['-c', copied], { stdio: 'pipe', timeout: 20_000 });
  const received = await receivedBody(page, (b) => b.input === marker);
  expect(received).toEqual({
    model: 'local-echo',
    input: marker,
    instructions: `Be brief. It's "$HOME" \`date\``,
    stream: true,
  });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Import: a pasted curl fills the form; a bad paste says why and changes nothing', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import request' });
  const box = dialog.getByLabel('curl or JSON');
  await box.fill(`curl https://api.openai.com/v1/responses \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer $OPENAI_API_KEY" \\
  -d '{
    "model": "gpt-5.4",
    "instructions": "You are a helpful assistant.",
    "input": "Hello!",
    "stream": false
  }'`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(
    'Base URL set to https://api.openai.com/v1 (OpenAI).',
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(field(page, 'model')).toHaveValue('gpt-5.4');
  await expect(field(page, 'input')).toHaveValue('Hello!');
  await expect(field(page, 'instructions')).toHaveValue('You are a helpful assistant.');
  await expect(field(page, 'stream')).not.toBeChecked();
  await expect(page.getByLabel('Provider')).toHaveValue('openai');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const again = page.getByRole('dialog', { name: 'Import request' });
  await again.getByLabel('curl or JSON').fill(`curl https://h/v1/responses -d '{"model": "x",'`);
  await again.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(again.getByRole('alert')).toContainText('Invalid JSON');
  await expect(again.getByLabel('curl or JSON')).toHaveValue(
    `curl https://h/v1/responses -d '{"model": "x",'`,
  );
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(field(page, 'model')).toHaveValue('gpt-5.4');
  await expect(field(page, 'input')).toHaveValue('Hello!');
});

test('Share link: opening it in a new page loads the request; the link holds no key', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByLabel('API key').fill('test-key-never-shared');
  const input = `shared ${Date.now()} — ünïcode & "quotes"`;
  await fillRequest(page, input);
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByText(/Link copied \([\d,]+ characters\)/)).toBeVisible();
  const link = await page.getByLabel('share link').inputValue();
  expect(link).toMatch(/#share=1\.[A-Za-z0-9_-]+$/);
  expect(link).not.toContain('test-key-never-shared');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('status').filter({ hasText: 'Loaded the shared request' }),
  ).toBeVisible();
  await expect(field(other, 'input')).toHaveValue(input);
  await expect(field(other, 'instructions')).toHaveValue(`Be brief. It's "$HOME" \`date\``);
  expect(new URL(other.url()).hash).toBe('');

  // A damaged link says so and leaves the draft as it was.
  await other.goto(`${link.slice(0, link.indexOf('#'))}#share=1.AAAA`);
  await expect(other.getByRole('alert').filter({ hasText: 'could not be opened' })).toBeVisible();
  await expect(field(other, 'input')).toHaveValue(input);
});
