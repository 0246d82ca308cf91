// Subscription load test: N graphql-transport-ws subscribers on one server process each receive M published
// events; every event must arrive exactly once. Prints publish-to-receive latency percentiles and the server's
// RSS as a Markdown table, then one JSON summary line; exits 1 if an event was lost or duplicated.
//
//   node tests/Benchmarks/js/subscriptions-load.mjs --dll <KtPortal.LoadHost.dll> \
//     [--clients 1000] [--events 1000] [--batch 1] [--interval-ms 20] [--port 0] [--connect-concurrency 50] \
//     [--delivery-timeout-s 120] [--channel load]
//
// The server stamps each event (unix-epoch milliseconds, sub-millisecond) just before it hands it to the event
// bus; each client stamps it when its message handler runs. Both read the same machine's wall clock.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { deliveries, latencySummary, mib, parseArguments, watchProcess } from './load-common.mjs';

const require = createRequire(new URL('../../Conformance/package.json', import.meta.url));
let WebSocket;
try {
  WebSocket = require('ws');
} catch (error) {
  throw new Error('ws is not installed: run `npm ci` in tests/Conformance first.', { cause: error });
}

const options = parseArguments(process.argv.slice(2), {
  dll: '', clients: 1000, events: 1000, batch: 1, 'interval-ms': 20, port: 0, 'connect-concurrency': 50,
  'delivery-timeout-s': 120, channel: 'load',
}, fail);
if (!options.dll) {
  fail('usage: subscriptions-load.mjs --dll <path to KtPortal.LoadHost.dll> [--clients N] [--events N] [--batch N] [--interval-ms N]');
}

const clients = Number(options.clients);
const events = Number(options.events);
const batch = Number(options.batch);
const intervalMs = Number(options['interval-ms']);
const channel = String(options.channel);
// Each socket is a file descriptor here and another in the server (which inherits this process's limit).
const openFiles = Number(/^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? Infinity);
if (openFiles < clients + 200) fail(`the open-file limit (${openFiles}) is too low for ${clients} sockets: run \`ulimit -n ${clients + 1024}\` first`);
const port = Number(options.port) || await freePort();
const httpUrl = `http://127.0.0.1:${port}/graphql`;
const wsUrl = `ws://127.0.0.1:${port}/graphql`;
const subscription = 'subscription Load($channel: String!) { onEvent(channel: $channel) { sequence publishedAt } }';

const now = () => performance.timeOrigin + performance.now();

// ---- server -------------------------------------------------------------------------------------------------
const server = spawn('dotnet', [options.dll, '--urls', `http://127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
let serverOutput = '';
server.stdout.on('data', (chunk) => { serverOutput += chunk; });
server.stderr.on('data', (chunk) => { serverOutput += chunk; });
let serverExited = false;
server.on('exit', () => { serverExited = true; });
process.on('exit', () => { if (!serverExited) server.kill('SIGKILL'); });

const monitor = watchProcess(server.pid, () => !serverExited);

await waitForServer();
monitor.snapshot('started');

// ---- clients ------------------------------------------------------------------------------------------------
// One socket and one subscription per client. seen[i] counts deliveries of sequence i + 1.
const latencies = new Float64Array(clients * events);
let latencyCount = 0;
let delivered = 0;
let lastDeliveryAt = 0;
const state = Array.from({ length: clients }, () => ({
  socket: null, seen: new Uint16Array(events), received: 0, duplicates: 0, outOfRange: 0, outOfOrder: 0,
  last: 0, errors: [], closed: null, completed: false,
}));

function openClient(index) {
  return new Promise((resolve, reject) => {
    const client = state[index];
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { perMessageDeflate: false });
    client.socket = socket;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const receivedAt = now();
      const message = JSON.parse(data);
      switch (message.type) {
        case 'next': {
          const event = message.payload?.data?.onEvent;
          if (!event) {
            client.errors.push(message.payload?.errors ?? message.payload);
            return;
          }
          const sequence = event.sequence;
          if (!(sequence >= 1 && sequence <= events)) {
            client.outOfRange++;
            return;
          }
          if (client.seen[sequence - 1]++ > 0) {
            client.duplicates++;
            return;
          }
          if (sequence < client.last) client.outOfOrder++;
          client.last = sequence;
          client.received++;
          delivered++;
          lastDeliveryAt = performance.now();
          latencies[latencyCount++] = receivedAt - event.publishedAt;
          return;
        }
        case 'connection_ack':
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: subscription, variables: { channel } } }));
          resolve();
          return;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          return;
        case 'pong':
          return;
        case 'complete':
          client.completed = true;
          return;
        case 'error':
          client.errors.push(message.payload);
          return;
        default:
          client.errors.push({ unexpected: message });
      }
    });
    socket.on('error', (error) => {
      client.errors.push(String(error));
      reject(error);
    });
    socket.on('close', (code, reason) => {
      client.closed = { code, reason: String(reason) };
    });
  });
}

const connectStarted = performance.now();
let next = 0;
await Promise.all(Array.from({ length: Math.min(Number(options['connect-concurrency']), clients) }, async () => {
  while (next < clients) {
    await openClient(next++);
  }
}));
const subscribers = await waitFor(async () => {
  const count = (await graphql(`{ subscriberCount(channel: ${JSON.stringify(channel)}) }`)).subscriberCount;
  return count === clients ? count : null;
}, 30_000, 'all subscriptions to reach the server');
const connectMs = performance.now() - connectStarted;
monitor.snapshot('subscribed');

// ---- publish ------------------------------------------------------------------------------------------------
// The server paces the run (`batch` events every `intervalMs`, on a fixed schedule): the publisher must not
// share this process's event loop with a thousand busy sockets. One call publishes every event in order, so a
// client that gets them out of order has found a delivery bug.
const cpuBefore = { server: monitor.cpuSeconds(), client: process.cpuUsage() };
const publishStarted = performance.now();
const report = (await graphql(`mutation { publish(channel: ${JSON.stringify(channel)}, count: ${events}, batch: ${batch}, ` +
  `intervalMilliseconds: ${intervalMs}) { published startedAt finishedAt lateTicks } }`)).publish;
const lateBatches = report.lateTicks;
const publishMs = report.finishedAt - report.startedAt;
monitor.snapshot('published');

const expected = clients * events;
let lastProgress = { delivered, at: performance.now() };
while (delivered < expected) {
  await sleep(50);
  if (delivered !== lastProgress.delivered) {
    lastProgress = { delivered, at: performance.now() };
  } else if (performance.now() - lastProgress.at > Number(options['delivery-timeout-s']) * 1000) {
    break;
  }
}
const deliveryMs = lastDeliveryAt - publishStarted; // from the publish call to the last event received
const cpu = {
  serverSeconds: Math.round((monitor.cpuSeconds() - cpuBefore.server) * 100) / 100,
  clientSeconds: Math.round(((process.cpuUsage(cpuBefore.client).user + process.cpuUsage(cpuBefore.client).system) / 1e6) * 100) / 100,
};
// A late duplicate would arrive after the last expected event: listen a little longer before judging.
await sleep(1000);
const dropped = (await graphql('{ droppedMessages }')).droppedMessages;
monitor.snapshot('delivered');

// ---- after: close every socket, let the server release the subscriptions ------------------------------------
for (const client of state) client.socket.close(1000);
await waitFor(async () => {
  const count = (await graphql(`{ subscriberCount(channel: ${JSON.stringify(channel)}) }`)).subscriberCount;
  return count === 0 ? true : null;
}, 30_000, 'the server to release every subscription');
await sleep(5000);
monitor.snapshot('closed + 5 s');
monitor.stop();
const final = monitor.read();
server.kill('SIGTERM');

// ---- report -------------------------------------------------------------------------------------------------
const { perClient, lost, duplicates, outOfRange, outOfOrder, errors, clientsComplete, unexpectedCloses } = deliveries(state, 0, events - 1);

const summary = {
  machine: { cores: cpus().length, node: process.version },
  clients, events, batch, intervalMs,
  publishRatePerSecond: intervalMs > 0 ? Math.round((batch * 1000) / intervalMs) : null,
  deliveriesExpected: expected, deliveries: delivered,
  lost, duplicates, outOfRange, outOfOrder, errors, unexpectedCloses, clientsComplete, serverDroppedMessages: dropped,
  connectAndSubscribeMs: Math.round(connectMs), publishMs: Math.round(publishMs), deliveryMs: Math.round(deliveryMs),
  deliveriesPerSecond: Math.round(delivered / (deliveryMs / 1000)), lateBatches,
  cpuSecondsDuringPublishAndDelivery: cpu,
  latencyMs: latencySummary(latencies, latencyCount),
  serverMemoryMiB: {
    samples: monitor.samples.map((s) => ({ label: s.label, rss: mib(s.rssKb), threads: s.threads })),
    peakRssSampled: mib(monitor.peakRss), peakRssVmHWM: mib(final.hwmKb), afterRss: mib(final.rssKb),
  },
};

const ok = dropped === 0 && lost === 0 && duplicates === 0 && outOfRange === 0 && errors === 0 && unexpectedCloses === 0 && delivered === expected;
console.log(`## Subscription load: ${clients} subscribers × ${events} events (${ok ? 'PASS' : 'FAIL'})\n`);
const pacing = intervalMs > 0
  ? `${batch} event(s) every ${intervalMs} ms (${summary.publishRatePerSecond} events/s, ${summary.publishRatePerSecond * clients} deliveries/s)`
  : 'every event at once, unpaced';
console.log(`Publishing ${pacing}; one server process, one Node client process.\n`);
console.log('| Measure | Value |\n| --- | ---: |');
const rows = [
  ['deliveries (expected)', `${delivered.toLocaleString('en')} (${expected.toLocaleString('en')})`],
  ['lost / duplicated / out of range', `${lost} / ${duplicates} / ${outOfRange}`],
  ['clients with every event exactly once', `${clientsComplete} of ${clients}`],
  ['events out of order', outOfOrder],
  ['error messages, unexpected closes', `${errors}, ${unexpectedCloses}`],
  ['server-side dropped messages (bus buffer full)', dropped],
  ['connect + subscribe all', `${summary.connectAndSubscribeMs} ms`],
  ['publishing took (server) / last delivery after', `${summary.publishMs} ms / ${summary.deliveryMs} ms`],
  ['publish ticks that started late (previous one overran)', lateBatches],
  ['CPU time, publish to last delivery: server / Node client', `${cpu.serverSeconds} s / ${cpu.clientSeconds} s (of ${((cpus().length * deliveryMs) / 1000).toFixed(1)} core-seconds)`],
  ['latency p50', `${summary.latencyMs.p50} ms`],
  ['latency p90', `${summary.latencyMs.p90} ms`],
  ['latency p99', `${summary.latencyMs.p99} ms`],
  ['latency p99.9 / max', `${summary.latencyMs.p999} / ${summary.latencyMs.max} ms`],
  ...monitor.samples.map((s) => [`server RSS: ${s.label}`, `${mib(s.rssKb)} MiB (${s.threads} threads)`]),
  ['server RSS peak (VmHWM)', `${summary.serverMemoryMiB.peakRssVmHWM} MiB`],
];
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
console.log('\n```json');
console.log(JSON.stringify(summary));
console.log('```');
if (!ok) {
  const sample = state.map((c, i) => ({ i, ...perClient[i], firstErrors: c.errors.slice(0, 2), closed: c.closed }))
    .filter((c) => c.lost || c.duplicates || c.outOfRange || c.errors || (c.closed && c.closed.code !== 1000 && c.closed.code !== 1005))
    .slice(0, 5);
  console.error('failing clients (first 5):', JSON.stringify(sample));
}
process.exit(ok ? 0 : 1);

// ---- helpers ------------------------------------------------------------------------------------------------
async function graphql(query) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function waitForServer() {
  await waitFor(async () => {
    if (serverExited) fail(`the load host exited:\n${serverOutput}`);
    try {
      return await graphql('{ droppedMessages }');
    } catch {
      return null;
    }
  }, 60_000, 'the load host to answer');
}

async function waitFor(probe, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    await sleep(100);
  }
  fail(`timed out waiting for ${what}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: chosen } = probe.address();
      probe.close(() => resolve(chosen));
    });
  });
}

function fail(message) {
  console.error(`subscriptions-load: ${message}`);
  process.exit(2);
}
