// The Banana Cake Pop explorer, as a browser sees it at GET $KT_API_URL/graphql: it loads from the API alone,
// runs operations against the API's HTTP and WebSocket endpoints and shows their results. Missing
// infrastructure (no API URL, no Chromium) fails the tests; they never skip.
import assert from 'node:assert/strict';
import { once, EventEmitter } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { apiUrl, partnerToken } from './lib/api.mjs';
import { userToken } from './lib/user-token.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'out');
const TIMEOUT = 60_000;

describe('Banana Cake Pop explorer', () => {
  let browser;
  let endpoint;

  // Checked inside each test rather than in a before hook, so that missing infrastructure counts as failed
  // tests in every reporter.
  async function setUp() {
    assert.ok(process.env.KT_API_URL, 'KT_API_URL is not set: run this suite through ./portal test, or start the API and export KT_API_URL');
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: ./portal test installs the Debian package "chromium" (apt-get install -y chromium)`);
    endpoint = `${process.env.KT_API_URL.replace(/\/$/, '')}/graphql`;
    browser ??= await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }

  after(async () => {
    await browser?.close();
  });

  test('loads from the API alone, runs { __typename } and shows the result', { timeout: TIMEOUT * 3 }, async () => {
    await setUp();
    await withExplorer(browser, endpoint, 'explorer.png', async ({ page, requests, operations }) => {
      const response = await page.goto(endpoint, { waitUntil: 'networkidle' });
      assert.equal(response?.status(), 200, `GET ${endpoint} for a browser answered ${response?.status()}`);
      assert.match(response.headers()['content-type'] ?? '', /^text\/html/);
      assert.equal(await page.title(), 'Banana Cake Pop');

      await openNewDocument(page, endpoint);
      const sent = await typeAndRun(page, operations, '{ __typename }');
      assert.equal(sent.query, '{ __typename }', 'the explorer did not post the typed document');

      const result = page.locator('.monaco-editor .view-lines').filter({ hasText: /"__typename":\s*"Query"/ });
      await result.waitFor();
      const requestText = normalize(await page.locator('.monaco-editor').first().locator('.view-lines').innerText());
      assert.match(requestText, /\{\s*__typename\s*\}/, `the request editor shows: ${requestText}`);
      assert.match(normalize(await result.innerText()), /"data":\s*\{\s*"__typename":\s*"Query"\s*\}/);

      assert.ok(requests.includes(`${endpoint}/bcp-config.json`), 'the explorer did not load its preset');
      assert.ok(requests.some((url) => url.startsWith(`${endpoint}/explorer/static/js/`)), 'the explorer did not load its scripts from the API');
    });
  });

  test('runs a subscription over the WebSocket endpoint it derives from the preset', { timeout: TIMEOUT * 3 }, async () => {
    await setUp();
    await withExplorer(browser, endpoint, 'explorer-subscription.png', async ({ page, sockets, operations }) => {
      await page.goto(endpoint, { waitUntil: 'networkidle' });
      await openNewDocument(page, endpoint);

      const subscription = 'subscription { serverTime(intervalMilliseconds: 10, count: 3) }';
      const messages = [];
      page.on('websocket', (socket) => socket.on('framereceived', (frame) => messages.push(String(frame.payload))));
      const sent = await typeAndRun(page, operations, subscription);
      assert.equal(sent.query, subscription, 'the explorer did not subscribe with the typed document');

      const result = page.locator('.monaco-editor .view-lines').filter({ hasText: /"serverTime":\s*"\d{4}-/ });
      await result.waitFor();
      // The response header counts the events the explorer showed.
      await page.waitForFunction(() => document.body.innerText.replace(/\s+/g, ' ').includes('3 events'));

      const wsEndpoint = endpoint.replace(/^http/, 'ws');
      assert.ok(sockets.includes(wsEndpoint), `the explorer opened no WebSocket to ${wsEndpoint}: ${sockets.join(', ')}`);
      const events = messages.map((text) => JSON.parse(text)).filter((message) => message.type === 'next');
      assert.equal(events.length, 3, `the explorer received: ${messages.join('\n')}`);
      assert.ok(messages.some((text) => JSON.parse(text).type === 'complete'), 'the subscription did not complete');
    });
  });

  // The support desk's "Done when": a client files a ticket in the explorer, sees its queue position, and watches
  // plan usage change live while staff log time (docs/support-desk.md). The client's token goes with every request,
  // as a client pastes theirs into the connection settings; staff log time from outside the page.
  test('a client files a ticket and watches plan usage change live while staff log time', { timeout: TIMEOUT * 4 }, async () => {
    await setUp();
    const client = await userToken('owner@acme.test');
    const staff = await userToken('agent@kre8ivtech.test');
    await withExplorer(browser, endpoint, 'explorer-support-desk.png', async ({ page, operations }) => {
      await page.goto(endpoint, { waitUntil: 'networkidle' });
      await openNewDocument(page, endpoint);

      const file = 'mutation { createTicket(input: { title: "Checkout page is blank", description: "Since the last deploy.", '
        + 'type: TROUBLESHOOTING, priority: MEDIUM, category: "website" }) { ticket { number status queuePosition } } }';
      assert.equal((await typeAndRun(page, operations, file)).query, file);
      const filed = page.locator('.monaco-editor .view-lines').filter({ hasText: /"number":\s*"KT-\d+"/ });
      await filed.waitFor();
      const shown = normalize(await filed.innerText());
      assert.match(shown, /"status":\s*"NEW"/);
      assert.match(shown, /"queuePosition":\s*\d+/);
      const number = /"number":\s*"(KT-\d+)"/.exec(shown)[1];

      const mine = await graphql(client, '{ tickets(first: 1) { nodes { id number } } }');
      const ticket = mine.tickets.nodes[0];
      assert.equal(ticket.number, number, 'the newest ticket is the one the explorer filed');
      const before = (await graphql(client, '{ planUsage { usedHours } }')).planUsage;

      const watch = 'subscription { planUsageChanged { usedHours includedHours remainingHours } }';
      await page.locator('.monaco-editor').first().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      assert.equal((await typeAndRun(page, operations, watch)).query, watch);
      // The explorer shows the subscription as open before any event: log time until its first event arrives
      // (the protocol does not acknowledge a subscription, so the first attempt may come before it is live).
      const event = page.locator('.monaco-editor .view-lines').filter({ hasText: /"planUsageChanged"/ });
      let logged = 0;
      for (let attempt = 0; attempt < 10 && !(await event.count()); attempt++) {
        await graphql(staff, 'mutation Log($id: ID!) { logTime(input: { ticketId: $id, minutes: 30, description: "Fixed the checkout" }) { errors { __typename } } }', { id: ticket.id });
        logged++;
        await event.waitFor({ timeout: 3000 }).catch(() => {});
      }

      assert.ok(await event.count(), 'the explorer showed no planUsageChanged event');
      const live = normalize(await event.innerText());
      const used = Number(/"usedHours":\s*"?([\d.]+)/.exec(live)[1]);
      assert.ok(used > Number(before.usedHours), `usage went from ${before.usedHours} to ${used} hours after ${logged} log(s)`);
      assert.match(live, /"includedHours":\s*"?10/);
    }, client);
  });
});

async function graphql(token, query, variables = {}) {
  const response = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

// Opens a page in a fresh context that records every request (the page's, its workers' and its service
// worker's) and refuses any for another origin, runs body, then fails on any such request, any request the
// page's Content-Security-Policy stopped, and any uncaught page error. The screenshot is kept either way.
async function withExplorer(browser, endpoint, screenshot, body, token = undefined) {
  const origin = new URL(endpoint).origin;
  // The explorer introspects the schema, which outside Development needs an authenticated caller: the page
  // sends a token of the seeded partner client with every request, as a staff member pastes theirs into the
  // explorer's connection settings (docs/auth.md).
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    extraHTTPHeaders: { authorization: `Bearer ${token ?? await partnerToken()}` },
  });
  const requests = [];
  const sockets = [];
  const foreign = [];
  const violations = [];
  const pageErrors = [];
  const operations = new EventEmitter();
  const record = (url, list) => {
    list.push(url);
    if (!isSameOrigin(url, origin)) foreign.push(url);
  };
  let page;
  try {
    context.on('request', (request) => record(request.url(), requests));
    await context.route('**/*', (route) => (isSameOrigin(route.request().url(), origin) ? route.continue() : route.abort('blockedbyclient')));
    // Requests the Content-Security-Policy stops never reach the network; count them as attempts.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`csp-violation ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('websocket', (socket) => {
      record(socket.url(), sockets);
      socket.on('framesent', (frame) => {
        const message = JSON.parse(String(frame.payload));
        if (message.type === 'subscribe') operations.emit('operation', message.payload);
      });
    });
    page.on('request', (request) => {
      const body = request.postData();
      if (request.method() === 'POST' && request.url() === endpoint && !body?.includes('IntrospectionQuery')) {
        operations.emit('operation', JSON.parse(body ?? '{}'));
      }
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.text().startsWith('csp-violation ')) violations.push(message.text());
    });

    await body({ page, requests, sockets, operations });

    assert.deepEqual(foreign, [], `the explorer requested other hosts:\n${foreign.join('\n')}`);
    assert.deepEqual(violations, [], `the explorer tried what its Content-Security-Policy forbids:\n${violations.join('\n')}`);
    assert.deepEqual(pageErrors, [], `the explorer threw:\n${pageErrors.join('\n')}`);
  } finally {
    if (page) {
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: join(OUT, screenshot), fullPage: true }).catch(() => {});
    }
    await context.close();
  }
}

async function openNewDocument(page, endpoint) {
  await page.getByRole('button', { name: 'Create Document' }).click();
  // The connection the preset gave the new document: this API's endpoint, and its schema loaded from there.
  await page.getByText(new URL(endpoint).host, { exact: true }).first().waitFor();
  await page.getByText('Schema available').waitFor();
}

// Types a document into the request editor as one edit (so bracket auto-closing leaves it as written), then
// runs it until the operation the explorer sends (an HTTP POST, or a WebSocket subscribe) is that document: the
// explorer stores an edit after a short debounce and runs the stored document. Returns what it sent.
async function typeAndRun(page, operations, document) {
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.insertText(document);
  let sent;
  for (let attempt = 0; attempt < 40 && sent?.query !== document; attempt++) {
    if (attempt > 0) await page.waitForTimeout(250);
    const operation = once(operations, 'operation');
    await page.getByRole('button', { name: /^Run Operation/ }).click();
    [sent] = await operation;
  }
  return sent;
}

function isSameOrigin(url, origin) {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  const http = parsed.protocol === 'ws:' ? 'http:' : parsed.protocol === 'wss:' ? 'https:' : parsed.protocol;
  return `${http}//${parsed.host}` === origin;
}

function normalize(text) {
  return text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}
