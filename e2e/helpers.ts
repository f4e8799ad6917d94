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

/** The schema editor's code view, once CodeMirror (a lazy chunk) has replaced the fallback. */
export async function schemaTextbox(page: Page, label: string) {
  const editor = page.locator(`.cm-content[aria-label="${label}"]`);
  await expect(editor).toBeVisible();
  return editor;
}

type Body = Record<string, unknown>;

/**
 * The newest body the local server received that matches: tests run in parallel against one
 * server, so "the last request" may be another test's.
 */
export async function receivedBody(
  page: Page,
  match: (body: Body) => boolean,
): Promise<Body | undefined> {
  const log = (await (await page.request.get('/local/debug/requests')).json()) as {
    data: { body: unknown }[];
  };
  const bodies = log.data
    .map((e) => e.body)
    .filter((b): b is Body => typeof b === 'object' && b !== null);
  return bodies.reverse().find(match);
}

/** Opens a collapsible parameter group of the form (▸ Output, ▸ Tools…) if it is closed. */
export async function openGroup(page: Page, name: string) {
  const header = page.getByRole('button', { name: new RegExp(`^[▸▾] ${name}`) });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

const CITY_SCHEMA =
  '{"type":"object","properties":{"city":{"type":"string"},"population":{"type":"integer"}},"required":["city","population"],"additionalProperties":false}';

/**
 * Asks for structured output (`json_schema` "city_report") about Lyon and waits for the answer;
 * returns the schema editor.
 */
export async function sendCityReport(page: Page, options: { strict?: boolean } = {}) {
  await openGroup(page, 'Output');
  await page.getByLabel('text.format.type', { exact: true }).selectOption('json_schema');
  await page.getByLabel('text.format.name', { exact: true }).fill('city_report');
  if (options.strict) {
    await page.getByLabel('text.format.strict', { exact: true }).selectOption('true');
  }
  const schema = await schemaTextbox(page, 'text.format.schema');
  await schema.fill(CITY_SCHEMA);
  await page.getByLabel('input', { exact: true }).fill('Tell me about Lyon');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectCompleted(page);
  return schema;
}
