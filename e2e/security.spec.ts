import { expect, test, type Page } from '@playwright/test';
import {
  chooseInstantPace,
  events,
  expectCompleted,
  receivedBody,
  openGroup,
  response,
  send,
  sendCityReport,
} from './helpers.ts';
import { findKeyIn, findKeyInStorage } from './key-leak.ts';

/** Issue 9: model output cannot run code or leak data; the key never leaks. */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

type Probe = Window & { __pwned?: unknown; __csp?: Violation[] };

/** Records every CSP violation the page reports (init scripts are not subject to the CSP). */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as Probe;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp?.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  return {
    violations: () => page.evaluate(() => (window as Probe).__csp ?? []),
    cspConsoleErrors: () => consoleErrors.filter((t) => /Content Security Policy/i.test(t)),
  };
}

async function beaconHits(page: Page, leak: string) {
  const res = await page.request.get(`/local/debug/beacon-hits?leak=${encodeURIComponent(leak)}`);
  const body = (await res.json()) as {
    data: { query: Record<string, string>; referer: string | null }[];
  };
  return body.data;
}

const pwned = (page: Page) => page.evaluate(() => typeof (window as Probe).__pwned);

test('a hostile stream runs no script, loads no remote image before a click, and links only to http(s)', async ({
  page,
}) => {
  const csp = await recordViolations(page);
  const beaconRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/debug/beacon?')) beaconRequests.push(r.url());
  });
  await page.goto('/');
  await chooseInstantPace(page);
  // The tracking images carry the user's message: that is what an exfiltration would steal.
  const secret = `conversation secret ${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await send(page, secret, { model: 'local-hostile' });
  await expectCompleted(page);
  const reply = response(page);

  // Every item rendered, the payloads visible as text.
  for (const type of ['reasoning', 'web_search_call', 'mcp_list_tools', 'mcp_call', 'message']) {
    await expect(reply.locator(`[data-item-type="${type}"]`)).toHaveCount(1);
  }
  await expect(reply.locator('[data-item-type="message"]')).toContainText(
    '<script>window.__pwned=1</script>',
  );
  await expect(reply.locator('[data-item-type="mcp_call"]')).toContainText('<script>');
  // Blocks far below the fold stay plain text until near the view: bring the answer's end in.
  await reply.getByRole('list', { name: 'citations' }).scrollIntoViewIfNeeded();
  await expect(reply.locator('[data-item-type="message"] h2')).toHaveText(/Hostile output/);
  expect(await pwned(page)).toBe('undefined');
  await expect(reply.locator('script, iframe, object, embed, frame')).toHaveCount(0);

  // Images: no remote one and no SVG; the tracking pixels wait behind "Load image".
  const sources = await reply
    .locator('img')
    .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src') ?? ''));
  for (const src of sources) expect(src).toMatch(/^data:image\/(png|jpeg|gif|webp)/);
  const load = reply.getByRole('button', { name: 'Load image' });
  await expect(load).toHaveCount(2); // the reasoning summary's and the answer's
  await expect(reply.getByText(/\/local\/debug\/beacon\?leak=/).first()).toBeVisible();

  // Links: only http(s) and mailto, each in a new tab without opener or referrer.
  const links = await reply.locator('a').evaluateAll((anchors) =>
    anchors.map((a) => ({
      href: a.getAttribute('href') ?? '',
      rel: a.getAttribute('rel'),
      target: a.getAttribute('target'),
      text: a.textContent,
    })),
  );
  expect(links.map((l) => l.text)).toEqual(
    expect.arrayContaining([
      'a safe link',
      'A safe citation',
      'https://example.com/local-simulation/source',
    ]),
  );
  for (const link of links) {
    expect(link.href).toMatch(/^(https?:|mailto:)/);
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.target).toBe('_blank');
  }
  for (const name of ['click', 'mixed case', 'encoded colon', 'data', 'vb']) {
    await expect(reply.getByRole('link', { name, exact: true })).toHaveCount(0);
    await expect(reply.getByText(name, { exact: true }).first()).toBeVisible();
  }
  await expect(reply.getByRole('list', { name: 'citations' })).toContainText(
    '<img src=x onerror="window.__pwned=13">',
  );

  // The inspector shows the same payloads as text, expanded and raw.
  const rows = events(page).getByTestId('event-row');
  await rows.filter({ hasText: 'response.output_item.done' }).last().getByRole('button').click();
  await expect(events(page).locator('pre').first()).toContainText('window.__pwned');
  await events(page).getByRole('tab', { name: 'Raw' }).click();
  await expect(events(page).getByRole('log', { name: 'Raw stream' })).toContainText('event:');
  expect(await pwned(page)).toBe('undefined');

  // Nothing reached the recorder before a click…
  await page.waitForTimeout(300);
  expect(beaconRequests).toEqual([]);
  expect(await beaconHits(page, secret)).toEqual([]);

  // …and exactly one hit after loading the answer's image: the recorder works.
  await reply
    .locator('[data-item-type="message"]')
    .getByRole('button', { name: 'Load image' })
    .click();
  await expect
    .poll(() => beaconHits(page, secret))
    .toEqual([{ at: expect.any(String), query: { leak: secret, from: 'message' }, referer: null }]);
  await expect(reply.locator('[data-item-type="message"] img[alt="tracker"]')).toBeVisible();
  expect(beaconRequests).toHaveLength(1);
  expect(await pwned(page)).toBe('undefined');
  expect(await csp.violations()).toEqual([]);
  expect(csp.cspConsoleErrors()).toEqual([]);
});

test('the built app has a strict Content Security Policy: injected inline script and eval do not run', async ({
  page,
}) => {
  const home = await page.request.get('/', { headers: { accept: 'text/html' } });
  const header = home.headers()['content-security-policy'] ?? '';
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    await home.text(),
  )?.[1];
  for (const policy of [header, meta ?? '']) {
    const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1];
    expect(scriptSrc).toBe("'self'");
    expect(policy).toContain('connect-src *');
    expect(policy).toContain("object-src 'none'");
  }
  expect(header).toContain("frame-ancestors 'none'");
  expect(home.headers()['x-content-type-options']).toBe('nosniff');

  const csp = await recordViolations(page);
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    const w = window as Probe & { __inline?: number; __attr?: number; __timer?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.__attr = 1">';
    document.body.append(holder);
    // Later, from a timer: code evaluated by the test itself is exempt from the page's policy.
    const evaluated = await new Promise<string>((resolve) =>
      setTimeout(() => {
        try {
          // The very thing the policy forbids, so the test can see it refused.
          // eslint-disable-next-line @typescript-eslint/no-implied-eval
          (new Function('return 1') as () => number)();
          resolve('ran');
        } catch (error) {
          resolve(error instanceof Error ? error.name : String(error));
        }
      }, 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { inline: w.__inline, attr: w.__attr, evaluated };
  });
  expect(outcome).toEqual({ inline: undefined, attr: undefined, evaluated: 'EvalError' });
  const directives = (await csp.violations()).map((v) => v.directive);
  expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});

test('no CSP violations while streaming, editing a schema and checking structured output', async ({
  page,
}) => {
  const csp = await recordViolations(page);
  await page.goto('/');
  await chooseInstantPace(page);
  await send(page, 'hello');
  await expectCompleted(page);
  await events(page).getByRole('tab', { name: 'Raw' }).click();

  // CodeMirror (styles it injects) and ajv (compiles with eval: in its worker, not the page).
  const schema = await sendCityReport(page);
  await expect(response(page).getByText('schema ✓ valid')).toBeVisible();
  // The meta-schema check runs in the page (compiled at build time): a bad type is caught.
  await schema.fill('{"type":"objekt"}');
  await expect(page.getByText(/must be a type name/).first()).toBeVisible();

  expect(await csp.violations()).toEqual([]);
  expect(csp.cspConsoleErrors()).toEqual([]);
});

test('the key: sent only in Authorization, never stored unless remembered, never shown or logged', async ({
  page,
}) => {
  const KEY = `test-key-e2e-${Date.now()}-abcdef`;
  const consoleTexts: string[] = [];
  page.on('console', (m) => consoleTexts.push(m.text()));
  const sentAuth: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/local/v1/responses')) sentAuth.push(r.headers().authorization ?? '');
  });
  await page.goto('/');
  await chooseInstantPace(page);
  await page.getByLabel('API key').fill(KEY);
  await send(page, 'hello with a key', { model: 'local-hostile' });
  await expectCompleted(page);
  await send(page, 'and a failing one', { model: 'local-error-401' });
  await expect(response(page).getByRole('alert')).toContainText('Incorrect API key');

  expect(sentAuth).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
  expect(await findKeyInStorage(page, KEY)).toEqual([]);
  for (const region of [response(page), events(page)]) {
    expect(findKeyIn('page text', await region.innerText(), KEY)).toEqual([]);
  }
  expect(consoleTexts.flatMap((t) => findKeyIn('console', t, KEY))).toEqual([]);
  const log = await (await page.request.get('/local/debug/requests')).text();
  expect(findKeyIn('local server log', log, KEY)).toEqual([]);

  // Remembering stores it (so the search above could have found it), with a visible warning.
  await page.getByLabel('remember on this device').check();
  await expect(page.getByText('stored unencrypted')).toBeVisible();
  expect((await findKeyInStorage(page, KEY)).map((l) => l.where)).toEqual([
    'localStorage[rp.connection]',
  ]);
  await page.getByLabel('remember on this device').uncheck();
  await expect(page.getByText('stored unencrypted')).toHaveCount(0);
  expect(await findKeyInStorage(page, KEY)).toEqual([]);

  // The search reads IndexedDB too, down to a Blob inside a stored value.
  await page.evaluate(async (key) => {
    const open = indexedDB.open('key-leak-probe');
    open.onupgradeneeded = () => open.result.createObjectStore('store');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const tx = db.transaction('store', 'readwrite');
    tx.objectStore('store').put({ nested: [new Blob([`x ${key} y`])] }, 'probe');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, KEY);
  expect(await findKeyInStorage(page, KEY)).toEqual([
    { where: 'indexedDB key-leak-probe/store[probe]', excerpt: 'probe\n{nested: {0: x [KEY] y}}' },
  ]);
  await page.evaluate(() => indexedDB.deleteDatabase('key-leak-probe'));
});

test('a malformed .sse file is refused with a reason and replaces nothing', async ({ page }) => {
  await page.goto('/');
  await chooseInstantPace(page);
  await send(page, 'keep me');
  await expectCompleted(page);
  const rows = events(page).getByTestId('event-row');
  const count = await rows.count();
  const open = events(page).getByLabel('Open .sse file');
  for (const [content, reason] of [
    ['{"type":"response.created"}', 'has no server-sent events'],
    ['data: <script>window.__pwned=1</script>\n\n', 'is not a Responses stream'],
    ['', 'is empty'],
  ] as const) {
    await open.setInputFiles({
      name: 'bad.sse',
      mimeType: 'text/plain',
      buffer: Buffer.from(content),
    });
    await expect(events(page).getByRole('alert')).toContainText(`bad.sse ${reason}`);
    await expect(response(page).locator('blockquote')).toContainText('keep me');
    await expect(rows).toHaveCount(count);
  }
  expect(await pwned(page)).toBe('undefined');
});

test('MCP header values: sent, but masked in what comes back and never stored', async ({
  page,
}) => {
  const TOKEN = `mcp-token-e2e-${Date.now()}`;
  await page.goto('/');
  await chooseInstantPace(page);
  await openGroup(page, 'Tools');
  await page.getByLabel('mcp', { exact: true }).check();
  await page.getByRole('button', { name: '+ header' }).click();
  await page.getByLabel('tools[0].headers value 1').fill(`Bearer ${TOKEN}`);
  await expect(page.getByLabel('tools[0].headers value 1')).toHaveAttribute('type', 'password');
  await send(page, 'hello');
  await expectCompleted(page);

  const sent = await receivedBody(page, (b) => JSON.stringify(b).includes(TOKEN));
  expect(sent?.tools).toEqual([
    expect.objectContaining({ headers: { Authorization: `Bearer ${TOKEN}` } }),
  ]);
  // local-echo quotes the body it received: the value comes back, and is masked.
  await expect(response(page).locator('pre code')).toContainText('"Authorization": "••••"');
  await page.getByText(/Request vs echo/).click();
  await expect(page.getByTestId('echo-diff')).toContainText(
    'MCP headers and authorization are never echoed',
  );
  expect(findKeyIn('echo diff', await page.getByTestId('echo-diff').innerText(), TOKEN)).toEqual(
    [],
  );
  for (const region of [response(page), events(page)]) {
    expect(findKeyIn('page text', await region.innerText(), TOKEN)).toEqual([]);
  }
  expect(await findKeyInStorage(page, TOKEN)).toEqual([]);
});
