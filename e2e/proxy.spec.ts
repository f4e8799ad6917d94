import { expect, test } from '@playwright/test';
import { expectCompleted, response, send } from './helpers.ts';

test('via local proxy, a stream from a loopback server arrives through /proxy', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  await page.getByLabel('Base URL').fill(`${baseURL}/local/v1`);
  await page.getByLabel('API key').fill('proxy-test-key');
  await page.getByLabel('via local proxy').check();
  const proxied = page.waitForRequest(
    (r) => r.url().includes('/proxy?url=') && r.method() === 'POST',
  );
  await send(page, 'through the proxy');
  const request = await proxied;
  expect(decodeURIComponent(request.url())).toContain(`url=${baseURL}/local/v1/responses`);
  expect(request.headers()['authorization']).toBe('Bearer proxy-test-key');
  await expectCompleted(page);
  await expect(response(page).locator('blockquote')).toContainText('through the proxy');
});

test('the proxy refuses plain http to another host with a clear message', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Base URL').fill('http://example.com/v1');
  await page.getByLabel('API key').fill('k');
  await page.getByLabel('via local proxy').check();
  await send(page, 'hello');
  const alert = response(page).getByRole('alert');
  await expect(alert).toContainText('HTTP 400');
  await expect(alert).toContainText('plain http only to this machine');
});
