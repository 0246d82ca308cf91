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
  };
}

