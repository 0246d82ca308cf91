// Ticket subscription load test on the real API: N staff sockets subscribed to `ticketCreated` on one API process,
// while a client user files M tickets over HTTP; every subscriber must receive every ticket exactly once. Prints
// receive latency percentiles and the API's RSS as a Markdown table, then one JSON summary line; exits 1 if a
// ticket was lost or duplicated (or a socket got an error or closed).
//
//   KT_API_URL=http://127.0.0.1:<port> KT_API_PID=<pid> node tests/Benchmarks/js/ticket-subscriptions-load.mjs \
//     [--clients 1000] [--tickets 1000] [--interval-ms 20] [--filing-concurrency 4] [--connect-concurrency 50] \
//     [--delivery-timeout-s 120] \
//     [--staff agent@kre8ivtech.test] [--client owner@acme.test]
//
// `./portal bench api-subscriptions` starts a throwaway PostgreSQL and the built API (Testing, demo seed) and runs
// this. Both users sign in through the login form (authorization code flow with PKCE). Latency is the time the
// client's message handler runs minus the ticket's `createdAt` (set by the API just before its insert, read from
// the same machine's clock), so it includes the insert and its commit, the publish, the per-subscriber filter and
// read, and the WebSocket frame.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { deliveries, latencySummary, mib, parseArguments, watchProcess } from './load-common.mjs';

const CREATE_TICKET = `mutation($title: String!) {
  createTicket(input: { title: $title, description: "Load test", type: TROUBLESHOOTING, priority: LOW, category: "technical" }) {
    ticket { number createdAt } errors { __typename }
  }
}`;

if (!isMainThread) {
  await fileTickets(workerData);
} else {
  await main();
}

// The ticket filer runs on its own thread: a thousand busy sockets on the main event loop would delay its timer.
// It files tickets on a fixed schedule, at most `concurrency` requests at a time (a ticket whose turn came while
// that many were still running waits for one to finish, and is counted as late). With more than one in flight, two
// tickets may commit, and so be published, in the opposite order to their numbers.
async function fileTickets({ url, token, from, count, intervalMs, concurrency }) {
  const started = performance.now();
  let late = 0;
  const failures = [];
  const running = new Set();
  for (let i = 0; i < count; i++) {
    const wait = started + i * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    if (running.size >= concurrency) {
      late++;
      await Promise.race(running);
    }
    const sequence = from + i;
    const request = graphql(url, token, CREATE_TICKET, { title: `load ${sequence}` })
      .then((data) => { if (data.createTicket.errors) failures.push({ sequence, errors: data.createTicket.errors }); })
      .catch((error) => { failures.push({ sequence, error: String(error) }); })
      .finally(() => running.delete(request));
    running.add(request);
  }
  await Promise.all(running);
  parentPort.postMessage({ late, failures, ms: performance.now() - started });
}

async function main() {
  const require = createRequire(new URL('../../Conformance/package.json', import.meta.url));
  let WebSocket;
  try {
    WebSocket = require('ws');
  } catch (error) {
    throw new Error('ws is not installed: run `npm ci` in tests/Conformance first.', { cause: error });
  }
  const { userToken } = await import('../../Conformance/lib/user-token.mjs');
  const { apiUrl } = await import('../../Conformance/lib/api.mjs');

  const options = parseArguments(process.argv.slice(2), {
    clients: 1000, tickets: 1000, 'interval-ms': 20, 'filing-concurrency': 4, 'connect-concurrency': 50, 'delivery-timeout-s': 120,
    staff: 'agent@kre8ivtech.test', client: 'owner@acme.test',
  }, fail);
  const clients = Number(options.clients);
  const tickets = Number(options.tickets);
  const intervalMs = Number(options['interval-ms']);
  const apiPid = Number(process.env.KT_API_PID);
  if (!apiPid) fail('KT_API_PID is not set: the API process to measure');
  const openFiles = Number(/^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? Infinity);
  if (openFiles < clients + 200) fail(`the open-file limit (${openFiles}) is too low for ${clients} sockets: run \`ulimit -n ${clients + 1024}\` first`);
  const httpUrl = `${apiUrl()}/graphql`;
  const wsUrl = httpUrl.replace(/^http/, 'ws');
  const now = () => performance.timeOrigin + performance.now();

  const api = watchProcess(apiPid);

  const staffToken = await userToken(options.staff);
  const clientToken = await userToken(options.client);
  api.snapshot('signed in, no sockets');

  // ---- subscribers ----------------------------------------------------------------------------------------------
  // seen[i] counts deliveries of ticket `load i` (1..tickets); `load 0` is the probe that proves every subscription live.
  const latencies = new Float64Array(clients * tickets);
  let latencyCount = 0;
  let delivered = 0;
  let probes = 0;
  let lastDeliveryAt = 0;
  const state = Array.from({ length: clients }, () => ({
    socket: null, seen: new Uint16Array(tickets + 1), duplicates: 0, outOfRange: 0, outOfOrder: 0, last: 0, errors: [], closed: null,
  }));
  const subscription = 'subscription { ticketCreated { title createdAt } }';

  function openClient(index) {
    return new Promise((resolve, reject) => {
      const client = state[index];
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { perMessageDeflate: false });
      client.socket = socket;
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${staffToken}` } })));
      socket.on('message', (data) => {
        const receivedAt = now();
        const message = JSON.parse(data);
        switch (message.type) {
          case 'next': {
            const ticket = message.payload?.data?.ticketCreated;
            const match = ticket && /^load (\d+)$/.exec(ticket.title);
            if (!match || message.payload.errors) {
              client.errors.push(message.payload?.errors ?? message.payload);
              return;
            }
            const sequence = Number(match[1]);
            if (sequence === 0) {
              // A probe: several may be filed, and each socket needs only one.
              if (client.seen[0]++ === 0) probes++;
              return;
            }
            if (!(sequence >= 1 && sequence <= tickets)) {
              client.outOfRange++;
              return;
            }
            if (client.seen[sequence]++ > 0) {
              client.duplicates++;
              return;
            }
            if (sequence < client.last) client.outOfOrder++;
            client.last = sequence;
            delivered++;
            lastDeliveryAt = performance.now();
            latencies[latencyCount++] = receivedAt - Date.parse(ticket.createdAt);
            return;
          }
          case 'connection_ack':
            socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: subscription } }));
            resolve();
            return;
          case 'ping':
            socket.send(JSON.stringify({ type: 'pong' }));
            return;
          case 'pong':
            return;
          default:
            client.errors.push({ unexpected: message });
        }
      });
      socket.on('error', (error) => {
        client.errors.push(String(error));
        reject(error);
      });
      socket.on('close', (code, reason) => { client.closed = { code, reason: String(reason) }; });
    });
  }

  const connectStarted = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(Number(options['connect-concurrency']), clients) }, async () => {
    while (next < clients) await openClient(next++);
  }));
  // The protocol does not acknowledge a subscription: file probe tickets until every socket has one.
  for (let attempt = 0; probes < clients; attempt++) {
    if (attempt === 60) fail(`only ${probes} of ${clients} subscriptions answered the probe tickets`);
    if (attempt > 0 || probes === 0) {
      await graphql(httpUrl, clientToken, CREATE_TICKET, { title: 'load 0' });
    }
    await sleep(1000);
  }
  const connectMs = performance.now() - connectStarted;
  await sleep(1000);
  api.snapshot(`${clients} subscribed`);

  // ---- file the tickets -----------------------------------------------------------------------------------------
  const cpuBefore = { server: api.cpuSeconds(), client: process.cpuUsage() };
  const filingStarted = performance.now();
  const filer = new Worker(new URL(import.meta.url), {
    workerData: { url: httpUrl, token: clientToken, from: 1, count: tickets, intervalMs, concurrency: Number(options['filing-concurrency']) },
  });
  const filing = await new Promise((resolve, reject) => {
    filer.once('message', resolve);
    filer.once('error', reject);
  });
  const expected = clients * tickets;
  let progress = { delivered, at: performance.now() };
  while (delivered < expected) {
    await sleep(50);
    if (delivered !== progress.delivered) progress = { delivered, at: performance.now() };
    else if (performance.now() - progress.at > Number(options['delivery-timeout-s']) * 1000) break;
  }
  const deliveryMs = lastDeliveryAt - filingStarted;
  const cpu = {
    serverSeconds: Math.round((api.cpuSeconds() - cpuBefore.server) * 100) / 100,
    clientSeconds: Math.round(((process.cpuUsage(cpuBefore.client).user + process.cpuUsage(cpuBefore.client).system) / 1e6) * 100) / 100,
  };
  // A late duplicate would arrive after the last expected ticket: listen a little longer before judging.
  await sleep(1000);
  api.snapshot('all delivered');

  // ---- close every socket and let the API release them ---------------------------------------------------------
  for (const client of state) client.socket.close(1000);
  await sleep(5000);
  api.snapshot('closed + 5 s');
  api.stop();
  const final = api.read();

  // ---- report ---------------------------------------------------------------------------------------------------
  // Index 0 of `seen` is the probe, not a ticket.
  const { perClient, lost, duplicates, outOfRange, outOfOrder, errors, clientsComplete, unexpectedCloses } = deliveries(state, 1, tickets);
  const summary = {
    machine: { cores: cpus().length, node: process.version, loadAverage: readFileSync('/proc/loadavg', 'utf8').trim() },
    clients, tickets, intervalMs, deliveriesExpected: expected, deliveries: delivered,
    lost, duplicates, outOfRange, outOfOrder, errors, unexpectedCloses, clientsComplete,
    ticketFailures: filing.failures.length, lateTickets: filing.late,
    connectAndSubscribeMs: Math.round(connectMs), filingMs: Math.round(filing.ms), deliveryMs: Math.round(deliveryMs),
    cpuSecondsDuringFilingAndDelivery: cpu,
    latencyMs: latencySummary(latencies, latencyCount),
    apiMemoryMiB: {
      samples: api.samples.map((s) => ({ label: s.label, rss: mib(s.rssKb), threads: s.threads })),
      peakRssSampled: mib(api.peakRss), peakRssVmHWM: mib(final.hwmKb), afterRss: mib(final.rssKb),
    },
  };

  const ok = lost === 0 && duplicates === 0 && outOfRange === 0 && errors === 0 && unexpectedCloses === 0
    && delivered === expected && filing.failures.length === 0;
  console.log(`## Ticket subscriptions on the API: ${clients} staff subscribers × ${tickets} tickets (${ok ? 'PASS' : 'FAIL'})\n`);
  console.log(`One ticket every ${intervalMs} ms (${Math.round(1000 / intervalMs)}/s, ${Math.round((1000 / intervalMs) * clients)} deliveries/s); one API process, one Node process (the ticket filer on its own thread, at most ${options['filing-concurrency']} requests at a time).\n`);
  console.log('| Measure | Value |\n| --- | ---: |');
  const rows = [
    ['deliveries (expected)', `${delivered.toLocaleString('en')} (${expected.toLocaleString('en')})`],
    ['lost / duplicated / out of range', `${lost} / ${duplicates} / ${outOfRange}`],
    ['clients with every ticket exactly once', `${clientsComplete} of ${clients}`],
    ['tickets received out of number order (not a failure: filed concurrently)', outOfOrder],
    ['error messages, unexpected closes, failed createTicket calls', `${errors}, ${unexpectedCloses}, ${filing.failures.length}`],
    ['connect + subscribe all (until every socket had a probe ticket)', `${summary.connectAndSubscribeMs} ms`],
    ['filing took / last delivery after', `${summary.filingMs} ms / ${summary.deliveryMs} ms`],
    ['tickets filed late (all filing slots busy at their turn)', filing.late],
    ['CPU time, filing to last delivery: API / Node', `${cpu.serverSeconds} s / ${cpu.clientSeconds} s (of ${((cpus().length * deliveryMs) / 1000).toFixed(1)} core-seconds)`],
    ['latency p50', `${summary.latencyMs.p50} ms`],
    ['latency p90', `${summary.latencyMs.p90} ms`],
    ['latency p99', `${summary.latencyMs.p99} ms`],
    ['latency p99.9 / max', `${summary.latencyMs.p999} / ${summary.latencyMs.max} ms`],
    ...api.samples.map((s) => [`API RSS: ${s.label}`, `${mib(s.rssKb)} MiB (${s.threads} threads)`]),
    ['API RSS peak (VmHWM)', `${summary.apiMemoryMiB.peakRssVmHWM} MiB`],
    ['load average at the end (1, 5, 15 min)', summary.machine.loadAverage.split(' ').slice(0, 3).join(', ')],
  ];
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
  console.log('\n```json');
  console.log(JSON.stringify(summary));
  console.log('```');
  if (!ok) {
    const sample = state.map((c, i) => ({ i, ...perClient[i], firstErrors: c.errors.slice(0, 2), closed: c.closed }))
      .filter((c) => c.lost || c.duplicates || c.outOfRange || c.errors || (c.closed && c.closed.code !== 1000 && c.closed.code !== 1005))
      .slice(0, 5);
    console.error('failing clients (first 5):', JSON.stringify(sample), 'failed tickets (first 5):', JSON.stringify(filing.failures.slice(0, 5)));
  }
  process.exit(ok ? 0 : 1);
}

// ---- helpers ----------------------------------------------------------------------------------------------------
async function graphql(url, token, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function fail(message) {
  console.error(`ticket-subscriptions-load: ${message}`);
  process.exit(2);
}
