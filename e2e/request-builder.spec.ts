import { expect, test, type Page } from '@playwright/test';
import { everyParameterBody } from '../src/test/every-parameter-body.ts';
import { expectCompleted, receivedBody, response, schemaTextbox } from './helpers.ts';

async function openGroup(page: Page, name: string) {
  const header = page.getByRole('button', { name: new RegExp(`^[▸▾] ${name}`) });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

const field = (page: Page, path: string) => page.getByLabel(path, { exact: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'local pace' }).selectOption('instant');
});

test('every parameter set through the UI arrives exactly, and nothing unset is sent', async ({
  page,
}) => {
  // A first turn to chain to.
  await field(page, 'input').fill('first turn');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectCompleted(page);
  const previousId = await response(page).getByTitle('response id').textContent();
  expect(previousId).toMatch(/^resp_/);

  await field(page, 'input').fill('every parameter');
  await field(page, 'instructions').fill('Be brief.');

  await openGroup(page, 'Sampling');
  await field(page, 'temperature').fill('0.7');
  await field(page, 'top_p').fill('0.9');
  await field(page, 'top_logprobs').fill('3');

  await openGroup(page, 'Output');
  await field(page, 'max_output_tokens').fill('500');
  await field(page, 'text.format.type').selectOption('json_schema');
  await field(page, 'text.format.name').fill('weather_report');
  await field(page, 'text.format.description').fill('A weather report');
  await (
    await schemaTextbox(page, 'text.format.schema')
  ).fill(
    '{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}',
  );
  await field(page, 'text.format.strict').selectOption('true');
  await field(page, 'text.verbosity').selectOption('low');
  const include = page.getByRole('group', { name: 'include' });
  await include.getByLabel('message.output_text.logprobs').check();
  await include.getByLabel('reasoning.encrypted_content').check();
  await field(page, 'stream_options.include_obfuscation').selectOption('false');

  await openGroup(page, 'Reasoning');
  await field(page, 'reasoning.effort').selectOption('high');
  await field(page, 'reasoning.summary').selectOption('auto');
  await field(page, 'reasoning.generate_summary').selectOption('concise');
  await field(page, 'reasoning.mode').selectOption('standard');
  await field(page, 'reasoning.context').selectOption('all_turns');

  await openGroup(page, 'Tools');
  await page.getByRole('button', { name: '+ function' }).click();
  await field(page, 'tool_choice').selectOption('required');
  await field(page, 'parallel_tool_calls').selectOption('false');
  await field(page, 'max_tool_calls').fill('4');

  await openGroup(page, 'State');
  await field(page, 'previous_response_id').fill(previousId ?? '');
  await field(page, 'store').selectOption('true');
  await field(page, 'background').selectOption('false');
  await page.getByRole('button', { name: 'add context_management entry' }).click();
  await field(page, 'context_management[0].compact_threshold').fill('2000');
  await field(page, 'truncation').selectOption('auto');

  await openGroup(page, 'Caching');
  await field(page, 'prompt_cache_key').fill('cache-key-1');
  await field(page, 'prompt_cache_retention').selectOption('24h');
  await field(page, 'prompt_cache_options.ttl').selectOption('30m');
  await field(page, 'prompt_cache_options.mode').selectOption('explicit');

  await openGroup(page, 'Safety');
  await field(page, 'safety_identifier').fill('user-hash-1');
  await field(page, 'user').fill('legacy-user');
  await field(page, 'moderation.model').fill('omni-moderation-latest');
  await field(page, 'moderation.policy').fill('{"input":{"mode":"block"}}');

  await openGroup(page, 'Advanced');
  await page.getByRole('button', { name: 'add metadata pair' }).click();
  await field(page, 'metadata key 1').fill('team');
  await field(page, 'metadata value 1').fill('playground "qa" $HOME');
  await field(page, 'service_tier').selectOption('flex');
  await field(page, 'prompt.id').fill('pmpt_123');
  await field(page, 'prompt.version').fill('2');
  await page.getByRole('button', { name: 'add prompt.variables pair' }).click();
  await field(page, 'prompt.variables key 1').fill('city');
  await field(page, 'prompt.variables value 1').fill('Paris');

  await expect(page.getByTestId('lint-summary')).toHaveCount(0);
  await page.getByRole('button', { name: 'Send' }).click();
  await expectCompleted(page);

  expect(await receivedBody(page, (b) => b.input === 'every parameter')).toEqual(
    everyParameterBody(previousId ?? ''),
  );
});

test('conversation is sent as an id or an object', async ({ page }) => {
  await field(page, 'input').fill('in a conversation');
  await openGroup(page, 'State');
  await field(page, 'conversation').fill('conv_abc');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectCompleted(page);
  expect(await receivedBody(page, (b) => b.input === 'in a conversation')).toEqual({
    model: 'local-echo',
    stream: true,
    input: 'in a conversation',
    conversation: 'conv_abc',
  });
});

test('a lint error blocks Send and says why next to the field; reset clears it', async ({
  page,
}) => {
  await field(page, 'input').fill('hello');
  await openGroup(page, 'Sampling');
  await field(page, 'temperature').fill('3');
  const param = page.locator('[data-param="temperature"]');
  await expect(param.getByRole('alert')).toContainText('temperature');
  await expect(page.getByTestId('lint-summary')).toContainText('temperature');
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
  await page.getByRole('button', { name: 'reset temperature' }).click();
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
  await expect(page.getByTestId('lint-summary')).toHaveCount(0);
});

test('raw JSON: edits flow into the form, unknown fields are kept and sent, invalid JSON never clobbers', async ({
  page,
}) => {
  await field(page, 'input').fill('raw');
  await page
    .getByRole('tablist', { name: 'request view' })
    .getByRole('tab', { name: 'JSON' })
    .click();
  const editor = page.getByLabel('request body JSON');
  await editor.fill(
    '{\n  "model": "local-echo",\n  "input": "raw",\n  "temperature": 0.25,\n  "x_gateway": {"route": "eu"}\n}',
  );
  await editor.fill('{\n  "model": "local-echo",\n  "input": "raw",\n  oops\n}');
  await expect(page.getByRole('alert').filter({ hasText: 'line 4' })).toBeVisible();
  await page
    .getByRole('tablist', { name: 'request view' })
    .getByRole('tab', { name: 'Form' })
    .click();
  await expect(page.getByText('Kept from raw JSON')).toContainText('x_gateway');
  await openGroup(page, 'Sampling');
  await expect(field(page, 'temperature')).toHaveValue('0.25');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectCompleted(page);
  expect(await receivedBody(page, (b) => b.input === 'raw')).toEqual({
    model: 'local-echo',
    input: 'raw',
    temperature: 0.25,
    x_gateway: { route: 'eu' },
  });
});

test('presets: save, reset, load, rename, delete; the filter finds a parameter by name', async ({
  page,
}) => {
  await openGroup(page, 'Sampling');
  await field(page, 'temperature').fill('0.4');
  await page.getByRole('button', { name: 'Save preset' }).click();
  await page.getByLabel('preset name').fill('cool');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('set-count')).toContainText('3 set');
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect(page.getByTestId('set-count')).toContainText('2 set');
  await page.getByLabel('preset', { exact: true }).selectOption({ label: 'cool' });
  await openGroup(page, 'Sampling');
  await expect(field(page, 'temperature')).toHaveValue('0.4');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('preset name').fill('cooler');
  await page.getByRole('button', { name: 'Rename', exact: true }).last().click();
  await page.reload();
  await expect(
    page.getByLabel('preset', { exact: true }).locator('option', { hasText: 'cooler' }),
  ).toHaveCount(1);
  await page.getByLabel('preset', { exact: true }).selectOption({ label: 'cooler' });
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(
    page.getByLabel('preset', { exact: true }).locator('option', { hasText: 'cooler' }),
  ).toHaveCount(0);

  await page.getByLabel('filter parameters').fill('verbosity');
  await expect(field(page, 'text.verbosity')).toBeVisible();
  await expect(field(page, 'temperature')).toHaveCount(0);
});
