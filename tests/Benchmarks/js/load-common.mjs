// What the subscription load scripts share: their command line, watching the server process's memory and CPU in
// /proc, and summarizing who received what and how fast.
import { readFileSync } from 'node:fs';

/** Parses `--name value` and `--name=value` over `defaults`; an unknown name calls `fail`. */
export function parseArguments(argv, defaults, fail) {
  const parsed = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !(match[1] in defaults)) fail(`unknown argument: ${argv[i]}`);
    parsed[match[1]] = match[2] ?? argv[++i];
  }
  return parsed;
}

/**
 * Watches process `pid`: RSS, its high-water mark and thread count on demand (`snapshot(label)` keeps one), the
 * sampled peak RSS every 100 ms while `isAlive()`, and its CPU seconds (utime + stime; USER_HZ is 100 on Linux).
 */
export function watchProcess(pid, isAlive = () => true) {
  const read = () => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM'), threads: Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 0) };
  };
  const watch = {
    samples: [],
    peakRss: 0,
    read,
    snapshot(label) {
      const value = { label, ...read() };
      watch.samples.push(value);
      return value;
    },
    cpuSeconds() {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    stop() {
      clearInterval(sampler);
    },
  };
  const sampler = setInterval(() => {
    if (isAlive()) watch.peakRss = Math.max(watch.peakRss, read().rssKb);
  }, 100);
  return watch;
}

/**
 * Who received what: each client's `seen` counts deliveries of items `first`..`last` (indexes into it); a client is
 * complete when it lost none and got no duplicate or out-of-range item. Totals per measure, and the list per client.
 */
export function deliveries(state, first, last) {
  const perClient = state.map((client) => {
    let lost = 0;
    for (let i = first; i <= last; i++) if (client.seen[i] === 0) lost++;
    return { lost, duplicates: client.duplicates, outOfRange: client.outOfRange, outOfOrder: client.outOfOrder, errors: client.errors.length };
  });
  const sum = (key) => perClient.reduce((total, client) => total + client[key], 0);
  return {
    perClient,
    lost: sum('lost'),
    duplicates: sum('duplicates'),
    outOfRange: sum('outOfRange'),
    outOfOrder: sum('outOfOrder'),
    errors: sum('errors'),
    clientsComplete: perClient.filter((client) => client.lost === 0 && client.duplicates === 0 && client.outOfRange === 0).length,
    unexpectedCloses: state.filter((client) => client.closed && client.closed.code !== 1000 && client.closed.code !== 1005).length,
  };
}

/** Percentiles, mean and extremes of the first `count` latencies, in milliseconds rounded to 0.01. */
export function latencySummary(latencies, count) {
  const sorted = latencies.slice(0, count).sort();
  const percentile = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN;
  return {
    p50: ms(percentile(50)), p90: ms(percentile(90)), p99: ms(percentile(99)), p999: ms(percentile(99.9)),
    max: ms(sorted[sorted.length - 1] ?? NaN), mean: ms(mean), min: ms(sorted[0] ?? NaN),
  };
}

/** Kilobytes as mebibytes, rounded to 0.1. */
export const mib = (kb) => Math.round((kb / 1024) * 10) / 10;

function ms(value) {
  return Math.round(value * 100) / 100;
}
