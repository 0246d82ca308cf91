// Our side: one long-lived KtPortal.Conformance.Host process per test file, speaking JSON lines.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const conformanceRoot = fileURLToPath(new URL('../', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const outputDirectory = fileURLToPath(new URL('../out/host/', import.meta.url));
const hostDll = `${outputDirectory}KtPortal.Conformance.Host.dll`;
const buildLock = fileURLToPath(new URL('../out/.build-lock', import.meta.url));
const buildStamp = fileURLToPath(new URL('../out/.build-stamp', import.meta.url));
const StaleLockMilliseconds = 10 * 60 * 1000;
const RequestTimeoutMilliseconds = 30 * 1000;

function lockAge() {
  try {
    return Date.now() - statSync(buildLock).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Test files run in parallel child processes of one `node --test` run, so they share a parent
 * process id: the first one builds, the others reuse its output. A file run on its own builds.
 */
async function buildOnce() {
  mkdirSync(fileURLToPath(new URL('../out/', import.meta.url)), { recursive: true });
  const runId = process.env.NODE_TEST_CONTEXT === undefined ? `${process.pid}` : `${process.ppid}`;
  for (;;) {
    try {
      mkdirSync(buildLock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') {
        throw error;
      }
      if (lockAge() > StaleLockMilliseconds) {
        rmSync(buildLock, { recursive: true, force: true });
      }
      await sleep(250);
    }
  }
  try {
    // The stamp holds the run id, then the build failure when there was one.
    const [stampRunId, ...failure] = existsSync(buildStamp) ? readFileSync(buildStamp, 'utf8').split('\n') : [];
    if (stampRunId === runId) {
      if (failure.length > 0) {
        throw new Error(failure.join('\n'));
      }
      if (existsSync(hostDll)) {
        return;
      }
    }
    const result = spawnSync(
      'dotnet',
      ['build', '-c', 'Release', 'tests/Conformance/Host', '-o', 'tests/Conformance/out/host', '-nologo', '-v', 'q'],
      { cwd: repositoryRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.status !== 0) {
      const message = `Building the conformance host failed:\n${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error?.message ?? ''}`;
      writeFileSync(buildStamp, `${runId}\n${message}`);
      throw new Error(message);
    }
    writeFileSync(buildStamp, runId);
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

/** A running host. Requests are answered in order, one line each. */
export class Host {
  #process;
  #pending = [];
  #stderr = '';
  #exited = null;

  constructor(child) {
    this.#process = child;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      this.#stderr = (this.#stderr + chunk).slice(-20000);
    });
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      const next = this.#pending.shift();
      if (next === undefined) {
        return;
      }
      try {
        next.resolve(JSON.parse(line));
      } catch (error) {
        next.reject(new Error(`Host answered with invalid JSON: ${line}\n${error.message}`));
      }
    });
    child.on('exit', (code, signal) => {
      this.#exited = new Error(`Host exited (code ${code}, signal ${signal}).\n${this.#stderr}`);
      for (const next of this.#pending.splice(0)) {
        next.reject(this.#exited);
      }
    });
    child.on('error', (error) => {
      this.#exited = error;
      for (const next of this.#pending.splice(0)) {
        next.reject(error);
      }
    });
  }

  /** False once the process has exited or was stopped. */
  get alive() {
    return this.#exited === null;
  }

  /**
   * Sends one request and resolves with the host's answer. A request that gets no answer in time
   * stops the host: later answers could no longer be paired with their requests.
   */
  request(message) {
    if (this.#exited !== null) {
      return Promise.reject(this.#exited);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`Host gave no answer within ${RequestTimeoutMilliseconds} ms; stopping it.`));
        this.#process.kill('SIGKILL');
      }, RequestTimeoutMilliseconds);
      this.#pending.push({
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.#process.stdin.write(`${JSON.stringify(message)}\n`);
    });
  }

  print(source) {
    return this.request({ op: 'print', source });
  }

  validate(schema, source) {
    return this.request({ op: 'validate', schema, source });
  }

  buildSchema(source) {
    return this.request({ op: 'buildSchema', source });
  }

  async close() {
    if (this.#exited !== null) {
      return;
    }
    const exited = new Promise((resolve) => this.#process.once('exit', resolve));
    this.#process.stdin.end();
    await exited;
  }
}

/**
 * Starts the host: the dll named by KT_CONFORMANCE_HOST, or one built from tests/Conformance/Host.
 */
export async function startHost() {
  let dll = process.env.KT_CONFORMANCE_HOST;
  if (dll === undefined || dll === '') {
    await buildOnce();
    dll = hostDll;
  }
  const child = spawn('dotnet', [dll], { cwd: conformanceRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.setDefaultEncoding('utf8');
  const host = new Host(child);
  const pong = await host.request({ op: 'ping' });
  if (pong.pong !== true) {
    throw new Error(`Host did not answer ping: ${JSON.stringify(pong)}`);
  }
  return host;
}
