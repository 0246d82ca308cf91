// One timing loop for every graphql-js benchmark: a warm-up, then batches until the time and the minimum
// iteration count are both reached. Reports microseconds per operation.
import { readFileSync } from 'node:fs';

const WarmupMilliseconds = 1000;
const MeasureMilliseconds = 3000;
const MinimumIterations = 200;
const BatchSize = 20;

/** A file from tests/Benchmarks/Documents, shared with the BenchmarkDotNet side. */
export function readDocument(name) {
  return readFileSync(new URL(`../Documents/${name}`, import.meta.url), 'utf8');
}

function run(work, milliseconds, samples) {
  const deadline = performance.now() + milliseconds;
  while (performance.now() < deadline || (samples !== null && samples.length * BatchSize < MinimumIterations)) {
    const start = performance.now();
    for (let i = 0; i < BatchSize; i++) {
      work();
    }
    const elapsed = performance.now() - start;
    samples?.push((elapsed * 1000) / BatchSize);
  }
}

export function measure(name, work) {
  run(work, WarmupMilliseconds, null);
  const samples = [];
  run(work, MeasureMilliseconds, samples);
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  const middle = samples.length >> 1;
  const median = samples.length % 2 === 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
  return {
    name,
    meanMicroseconds: Number(mean.toFixed(2)),
    medianMicroseconds: Number(median.toFixed(2)),
    iterations: samples.length * BatchSize,
    allocatedBytes: allocatedBytesPerCall(work),
  };
}

// V8 has no allocation counter, so this measures how much the heap grows over a run of calls that starts
// right after a full collection and is sized to allocate about 8 MB, well inside a young generation fixed
// at 64 MB (`node --expose-gc --min-semi-space-size=64 --max-semi-space-size=64`), so that no collection
// runs in between. Without --expose-gc it reports null.
const AllocationBudgetBytes = 8 * 1024 * 1024;

function heapGrowthPerCall(work, calls) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < calls; i++) {
    work();
  }
  return (process.memoryUsage().heapUsed - before) / calls;
}

function allocatedBytesPerCall(work) {
  if (typeof globalThis.gc !== 'function') {
    return null;
  }

  const estimate = Math.max(heapGrowthPerCall(work, 10), 1);
  const calls = Math.min(5000, Math.max(10, Math.floor(AllocationBudgetBytes / estimate)));
  return Math.round(heapGrowthPerCall(work, calls));
}
