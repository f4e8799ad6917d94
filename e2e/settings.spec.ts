import { expect, test } from '@playwright/test';

test('reload keeps the chosen connection but not an unremembered key', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Base URL')).toHaveValue('/local/v1');
  await page.getByLabel('Provider').selectOption('cometapi');
  await expect(page.getByLabel('Base URL')).toHaveValue('https://api.cometapi.com/v1');
  await page.getByLabel('API key').fill('sk-test-not-remembered');
  await page.reload();
  await expect(page.getByLabel('Provider')).toHaveValue('cometapi');
  await expect(page.getByLabel('Base URL')).toHaveValue('https://api.cometapi.com/v1');
  await expect(page.getByLabel('API key')).toHaveValue('');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('sk-test-not-remembered');
});

test('a remembered key survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Provider').selectOption('openai');
  await page.getByLabel('API key').fill('sk-test-remembered');
  await page.getByLabel('remember on this device').check();
  await expect(page.getByText('stored unencrypted')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('API key')).toHaveValue('sk-test-remembered');
  await expect(page.getByLabel('API key')).toHaveAttribute('type', 'password');
});

test('the draft survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('input', { exact: true }).fill('work in progress');
  await page.reload();
  await expect(page.getByLabel('input', { exact: true })).toHaveValue('work in progress');
});

test('dark mode follows the system and the toggle', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Theme: system' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await context.close();
});

test('a bad Base URL gets a message next to the field and blocks Send', async ({ page }) => {
  await page.goto('/');
  const field = page.getByLabel('Base URL');
  await field.fill('ftp://example.com/v1');
  await expect(field).toHaveAccessibleDescription(/Only http\(s\) URLs work here/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('input', { exact: true }).fill('hi');
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
  await expect(page.getByTestId('lint-summary')).toContainText('Base URL: Only http(s) URLs');
});
