// ./portal run, exercised as a newcomer would: start, probe /healthz, stop, restart, kill -9, run twice.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import net from 'node:net';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'ktportal-run-'));
chmodSync(dataDir, 0o755);

const freePort = () => new Promise((ok, fail) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => ok(port));
  }).on('error', fail);
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Each ./portal run gets its own process group; if this test process is stopped, stop them too (each
// stops its own PostgreSQL on SIGTERM), wait for them, and remove the data folders.
const running = new Map();
const folders = new Set([dataDir]);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    for (const child of running.keys()) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    await Promise.race([Promise.all(running.values()), sleep(20_000)]);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/** Starts ./portal run in its own process group; returns a handle with its output so far. */
function startPortal(url, extraEnv = {}) {
  const env = { ...process.env, PORTAL_URL: url, PORTAL_DATA_DIR: dataDir, ...extraEnv };
  delete env.ConnectionStrings__Portal;
  const child = spawn(join(root, 'portal'), ['run'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const handle = { child, output: '', exited: null };
  child.stdout.on('data', (d) => { handle.output += d; });
  child.stderr.on('data', (d) => { handle.output += d; });
  handle.exit = new Promise((ok) => child.on('exit', (code, signal) => {
    running.delete(child);
    handle.exited = { code, signal };
    ok(handle.exited);
  }));
  running.set(child, handle.exit);
  return handle;
}

async function waitHealthy(url, handle, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (handle.exited) assert.fail(`./portal run exited early (${JSON.stringify(handle.exited)}):\n${handle.output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) return response;
    } catch { /* not listening yet */ }
    await sleep(250);
  }
  assert.fail(`/healthz did not answer 200 within ${timeoutMs} ms:\n${handle.output}`);
}

const postgresRunning = () => {
  const pid = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pid)) return false;
  try { process.kill(Number(readFileSync(pid, 'utf8').split('\n')[0]), 0); return true; } catch { return false; }
};

after(async () => {
  // Leave nothing running even when a test failed half-way.
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  if (existsSync(pidFile)) {
    try { process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT'); } catch { /* gone */ }
    for (let i = 0; i < 40 && postgresRunning(); i++) await sleep(250);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test('first run creates the embedded cluster, answers /healthz 200, and stops cleanly on SIGTERM', async () => {
  const url = `http://127.0.0.1:${await freePort()}`;
  const portal = startPortal(url);
  const response = await waitHealthy(url, portal);
  assert.deepEqual(await response.json(), { status: 'Healthy', checks: { database: 'Healthy' } });
  assert.match(portal.output, /creating an embedded PostgreSQL cluster/);
  assert.match(portal.output, new RegExp(`KtPortal API is listening on ${url}`));

  process.kill(-portal.child.pid, 'SIGTERM');
  const { code } = await portal.exit;
  assert.equal(code, 143, portal.output);
  assert.equal(postgresRunning(), false, 'the embedded PostgreSQL must be stopped');
});

test('a second run reuses .data instead of creating a new cluster', async () => {
  const url = `http://127.0.0.1:${await freePort()}`;
  const portal = startPortal(url);
  await waitHealthy(url, portal);
  assert.doesNotMatch(portal.output, /creating an embedded PostgreSQL cluster/);

  const second = startPortal(`http://127.0.0.1:${await freePort()}`);
  const { code } = await second.exit;
  assert.notEqual(code, 0);
  assert.match(second.output, /KtPortal is already running from .* \(pid \d+\)/);

  process.kill(-portal.child.pid, 'SIGINT');
  assert.equal((await portal.exit).code, 130, portal.output);
  assert.equal(postgresRunning(), false);
});

test('without SMTP, mail stays in the outbox and ./portal mail prints it, reset link included', async () => {
  const url = `http://127.0.0.1:${await freePort()}`;
  const portal = startPortal(url);
  await waitHealthy(url, portal);
  assert.match(portal.output, /Mail: +kept in the outbox, not sent \(no Smtp__Host\); \.\/portal mail prints it/);

  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { requestPasswordReset(input: { email: "member@acme.test" }) { accepted } }' }),
  });
  assert.deepEqual(await response.json(), { data: { requestPasswordReset: { accepted: true } } });

  const env = { ...process.env, PORTAL_DATA_DIR: dataDir };
  delete env.ConnectionStrings__Portal;
  const mail = (args) => new Promise((ok) => execFile(join(root, 'portal'), ['mail', ...args], { cwd: root, env },
    (error, stdout, stderr) => ok({ code: error ? error.code : 0, stdout, stderr })));
  const newest = await mail(['1']);
  assert.equal(newest.code, 0, newest.stderr);
  assert.match(newest.stdout, /^--- \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, to member@acme\.test \(not sent\)\nSubject: Reset your KtPortal password\n/);
  assert.match(newest.stdout, new RegExp(`${url}/account/reset-password\\?user=[0-9a-f-]{36}&token=\\S+`));
  const refused = await mail(['0']);
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /usage: \.\/portal mail \[COUNT\]/);

  process.kill(-portal.child.pid, 'SIGTERM');
  assert.equal((await portal.exit).code, 143, portal.output);
});

test('after kill -9 of the whole run, the next run starts from the same data', async () => {
  const url = `http://127.0.0.1:${await freePort()}`;
  const first = startPortal(url);
  await waitHealthy(url, first);
  process.kill(-first.child.pid, 'SIGKILL');
  await first.exit;

  const second = startPortal(url);
  await waitHealthy(url, second);
  assert.doesNotMatch(second.output, /creating an embedded PostgreSQL cluster/);
  process.kill(-second.child.pid, 'SIGTERM');
  await second.exit;
  assert.equal(postgresRunning(), false);
});

test('a run killed while initdb is creating the cluster leaves nothing half-made: the next run starts', async () => {
  const freshData = mkdtempSync(join(tmpdir(), 'ktportal-initdb-'));
  chmodSync(freshData, 0o755);
  folders.add(freshData);
  const url = `http://127.0.0.1:${await freePort()}`;
  const staging = join(freshData, 'postgres.initdb');
  try {
    const first = startPortal(url, { PORTAL_DATA_DIR: freshData });
    const deadline = Date.now() + 60_000;
    while (!existsSync(staging) && !first.exited && Date.now() < deadline) await sleep(5);
    assert.ok(existsSync(staging), `initdb's staging folder never appeared:\n${first.output}`);
    process.kill(-first.child.pid, 'SIGKILL');
    await first.exit;
    assert.equal(existsSync(join(freshData, 'postgres', 'PG_VERSION')), false, 'the kill must land before the cluster is complete');

    const second = startPortal(url, { PORTAL_DATA_DIR: freshData });
    await waitHealthy(url, second);
    assert.match(second.output, /creating an embedded PostgreSQL cluster/);
    process.kill(-second.child.pid, 'SIGTERM');
    assert.equal((await second.exit).code, 143, second.output);
  } finally {
    rmSync(freshData, { recursive: true, force: true });
  }
});

test('an address already in use gets one clear line and a non-zero exit', async () => {
  const blocker = net.createServer().listen(0, '127.0.0.1');
  await new Promise((ok) => blocker.on('listening', ok));
  const url = `http://127.0.0.1:${blocker.address().port}`;
  try {
    const portal = startPortal(url);
    const { code } = await portal.exit;
    assert.equal(code, 3, portal.output);
    assert.match(portal.output, new RegExp(`ktportal: cannot listen: Failed to bind to address ${url}: address already in use\\. Stop the other process, or set PORTAL_URL to another address\\.`));
    assert.doesNotMatch(portal.output, /   at /, 'no stack trace');
    assert.equal(postgresRunning(), false);
  } finally {
    blocker.close();
  }
});
