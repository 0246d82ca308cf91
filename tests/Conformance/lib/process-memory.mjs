// The resident memory of the running API process, read from /proc (proc(5): /proc/<pid>/status, VmRSS), for
// the suites that check the API's memory stays flat under load.
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

export const MIB = 1024 * 1024;

/**
 * The API's process id, from KT_API_PID (`./portal test` exports it; with start-api.sh use the printed pid).
 * @returns {number}
 */
export function apiPid() {
  const value = Number.parseInt(process.env.KT_API_PID ?? '', 10);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(
      'KT_API_PID is not set: run this suite through `./portal test`, or set KT_API_PID to the process id '
        + 'of the API that KT_API_URL names.',
    );
  }

  return value;
}

/**
 * The resident set size of `pid` in bytes (VmRSS in /proc/<pid>/status, which the kernel gives in kB).
 * @param {number} pid
 * @returns {Promise<number>}
 */
export async function readRssBytes(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS line in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/**
 * Polls the RSS of `pid` until it stops moving (three readings in a row within `toleranceBytes` of each
 * other) or `maxMilliseconds` pass, and returns the last reading: the memory the process kept once the
 * load was over, not a mid-collection value.
 * @param {number} pid
 * @param {{ intervalMilliseconds?: number, maxMilliseconds?: number, toleranceBytes?: number }} [options]
 * @returns {Promise<number>}
 */
export async function settledRssBytes(pid, { intervalMilliseconds = 500, maxMilliseconds = 5000, toleranceBytes = MIB } = {}) {
  const readings = [await readRssBytes(pid)];
  const deadline = Date.now() + maxMilliseconds;
  while (Date.now() < deadline) {
    await delay(intervalMilliseconds);
    readings.push(await readRssBytes(pid));
    const lastThree = readings.slice(-3);
    if (lastThree.length === 3 && Math.max(...lastThree) - Math.min(...lastThree) <= toleranceBytes) break;
  }

  return readings.at(-1);
}

/**
 * Formats bytes as MiB with one decimal, for the printed numbers.
 * @param {number} bytes
 */
export function mib(bytes) {
  return `${(bytes / MIB).toFixed(1)} MiB`;
}
