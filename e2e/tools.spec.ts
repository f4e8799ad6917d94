import { expect, test } from '@playwright/test';
import {
  expectCompleted,
  openGroup,
  receivedBody,
  response,
  schemaTextbox,
  sendCityReport,
} from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'local pace' }).selectOption('instant');
});

test('function round trip: define in the visual editor, two parallel calls, submit outputs, final answer', async ({
  page,
}) => {
  await openGroup(page, 'Tools');
  await page.getByRole('button', { name: '+ function' }).click();
  await expect(page.getByLabel('tools[0].name', { exact: true })).toHaveValue('get_weather');
  // Add a property in the visual editor: the JSON follows.
  await page.getByRole('tab', { name: 'Visual' }).first().click();
  await page
    .getByRole('button', { name: /add property/i })
    .first()
    .click();
  const names = page.getByLabel(/property \d+ name$/);
  await names.last().fill('unit');
  await page.getByRole('tab', { name: 'JSON' }).last().click();
  await expect(await schemaTextbox(page, 'tools[0].parameters')).toContainText('"unit"');

  await page.getByLabel('input', { exact: true }).fill('What is the weather in Paris and Tokyo?');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectCompleted(page);
  const outputs = page.getByRole('region', { name: 'function call outputs' });
  const editors = outputs.getByLabel(/^output for call_/);
  await expect(editors).toHaveCount(2);
  const firstId = await response(page).getByTitle('response id').textContent();
  await editors.nth(0).fill('{"temperature_c": 18}');
  await editors.nth(1).fill('{"temperature_c": 24}');
  await outputs.getByRole('button', { name: 'Submit outputs' }).click();
  await expectCompleted(page);
  await expect(response(page)).toContainText('temperature_c');

  const first = await receivedBody(
    page,
    (b) => b.input === 'What is the weather in Paris and Tokyo?',
  );
  expect((first?.tools as unknown[] | undefined)?.length).toBe(1);
  const last = (await receivedBody(page, (b) => b.previous_response_id === firstId)) ?? {};
  expect(last.previous_response_id).toBe(firstId);
  const input = last.input as { type: string; call_id: string; output: string }[];
  expect(input.map((i) => i.type)).toEqual(['function_call_output', 'function_call_output']);
  expect(input.map((i) => i.output)).toEqual(['{"temperature_c": 18}', '{"temperature_c": 24}']);
  expect(new Set(input.map((i) => i.call_id)).size).toBe(2);
  for (const item of input) expect(item.call_id).toMatch(/^call_/);
});

test('json_schema output passes the structured output check', async ({ page }) => {
  await sendCityReport(page, { strict: true });
  await expect(response(page).getByText(/schema ✓/)).toBeVisible();
});

test('the strict checker catches a missing additionalProperties: false and fixes it', async ({
  page,
}) => {
  await openGroup(page, 'Output');
  await page.getByLabel('text.format.type', { exact: true }).selectOption('json_schema');
  await page.getByLabel('text.format.strict', { exact: true }).selectOption('true');
  const schema = await schemaTextbox(page, 'text.format.schema');
  await schema.fill(
    '{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}',
  );
  const findings = page.getByRole('list', { name: 'text.format.schema strict-mode findings' });
  await expect(findings).toContainText('additionalProperties');
  await findings.getByRole('button', { name: /fix/i }).first().click();
  await expect(schema).toContainText('"additionalProperties": false');
  await expect(findings).toHaveCount(0);
});
