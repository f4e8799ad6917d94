import { expect, test } from '@playwright/test';
import { chooseInstantPace, expectCompleted, response, send } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await chooseInstantPace(page);
});

test('a run shows its metrics, a timeline and the request vs echo comparison', async ({ page }) => {
  const sampling = page.getByRole('button', { name: /^[▸▾] Sampling/ });
  if ((await sampling.getAttribute('aria-expanded')) !== 'true') await sampling.click();
  await page.getByLabel('temperature', { exact: true }).fill('0.5');
  await send(page, 'hello');
  await expectCompleted(page);

  const metrics = response(page).getByRole('region', { name: 'Metrics' });
  await expect(metrics.getByTestId('metric-TTFB')).toContainText(/\d+ ms/);
  await expect(metrics.getByTestId('metric-first text delta')).toContainText(/\d+ ms/);
  await expect(metrics.getByTestId('metric-output speed')).toContainText(/[\d.]+ tokens\/s/);
  const timeline = metrics.getByRole('img', { name: /Timeline of \d+ events/ });
  await expect(timeline).toBeVisible();
  expect(await timeline.locator('path').count()).toBeGreaterThan(0);
  await expect(metrics.getByLabel('stall notice after (s)')).toHaveValue('15');

  const echo = response(page).getByTestId('echo-diff');
  await expect(echo).toContainText('Request vs echo · 0 differences');
  await echo.getByText('Request vs echo').click();
  await expect(echo.locator('tr[data-status="same"]', { hasText: 'temperature' })).toBeVisible();

  // Collapsing hides the figures and the timeline.
  await metrics.getByRole('button', { name: /Metrics/ }).click();
  await expect(timeline).toBeHidden();
});
