import { expect, test } from '@playwright/test';
import { response, send } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a 401 shows the server message', async ({ page, baseURL }) => {
  // A custom connection to the same local server, without a key: the server answers 401.
  await page.getByLabel('Base URL').fill(`${baseURL}/local/v1`);
  await expect(page.getByLabel('Provider')).toHaveValue('custom');
  await send(page, 'hello');
  const alert = response(page).getByRole('alert');
  await expect(alert).toContainText('HTTP 401');
  await expect(alert).toContainText("You didn't provide an API key");
});

test('a 429 shows the server message and retry-after', async ({ page }) => {
  await send(page, 'hello', { model: 'local-error-429' });
  const alert = response(page).getByRole('alert');
  await expect(alert).toContainText('HTTP 429');
  await expect(alert).toContainText('Rate limit reached for local-error-429');
  await expect(alert).toContainText('rate_limit_exceeded');
  await expect(alert).toContainText('retry-after');
});

test('an HTML 502 is shown readably', async ({ page }) => {
  await send(page, 'hello', { model: 'local-error-502-html' });
  const alert = response(page).getByRole('alert');
  await expect(alert).toContainText('HTTP 502');
  await expect(alert).toContainText('HTML page, not JSON: “502 Bad Gateway”');
});

test('a connection cut mid-stream is reported and the partial text kept', async ({ page }) => {
  await send(page, 'hello there', { model: 'local-drop' });
  const reply = response(page);
  await expect(reply.getByRole('alert')).toContainText('connection was lost mid-stream');
  await expect(reply.getByRole('heading', { name: 'Echo from local-drop' })).toBeVisible();
  await expect(reply.getByTestId('run-status')).toContainText('connection lost');
});

test('an error event then response.failed shows the message and keeps the partial text', async ({
  page,
}) => {
  await send(page, 'hello there', { model: 'local-fail' });
  const reply = response(page);
  await expect(reply.getByRole('alert')).toContainText('failed on purpose');
  await expect(reply.getByTestId('run-status')).toContainText('failed');
  await expect(reply.getByRole('heading', { name: 'Echo from local-fail' })).toBeVisible();
});

test('a missing model blocks Send with a message next to the field', async ({ page }) => {
  await page.getByLabel('model', { exact: true }).fill('');
  // Next to the field, and again in the summary beside Send.
  const message = page.getByRole('alert').filter({ hasText: /^model is required/ });
  await expect(message).toBeVisible();
  await expect(page.getByLabel('model', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('lint-summary')).toContainText('model is required');
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
});

test('a 500 shows the server message', async ({ page }) => {
  await send(page, 'hello', { model: 'local-error-500' });
  const alert = response(page).getByRole('alert');
  await expect(alert).toContainText('HTTP 500');
  await expect(alert).toContainText('The server had an error while processing your request');
});
