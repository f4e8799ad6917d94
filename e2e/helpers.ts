import { expect, type Page } from '@playwright/test';

export const response = (page: Page) => page.getByRole('region', { name: 'Response' });
export const events = (page: Page) => page.getByRole('region', { name: 'Events' });

/** Fills the minimal form and presses Send. */
export async function send(page: Page, input: string, options: { model?: string } = {}) {
  if (options.model !== undefined)
    await page.getByLabel('model', { exact: true }).fill(options.model);
  await page.getByLabel('input', { exact: true }).fill(input);
  await page.getByRole('button', { name: 'Send' }).click();
}

export async function chooseInstantPace(page: Page) {
  await page.getByRole('combobox', { name: 'local pace' }).selectOption('instant');
}

export async function expectCompleted(page: Page) {
  await expect(response(page).getByTestId('run-status')).toContainText('completed');
}
