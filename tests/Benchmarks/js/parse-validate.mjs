// Times graphql-js parse, and parse + validate against a prebuilt schema, for the benchmark documents.
// Prints JSON: [{name, meanMicroseconds, medianMicroseconds, iterations}].
import { readFileSync } from 'node:fs';
import graphql from './graphql.mjs';

const { buildSchema, parse, validate, validateSchema } = graphql;

const WarmupMilliseconds = 1000;
const MeasureMilliseconds = 3000;
const MinimumIterations = 200;
const BatchSize = 20;

function read(name) {
  return readFileSync(new URL(`../Documents/${name}`, import.meta.url), 'utf8');
}

const schemas = {
  realistic: buildSchema(read('realistic.schema.graphql')),
};

// Introspection is valid against any schema; the realistic schema keeps one prebuilt schema for both.
const documents = [
  { name: 'introspection', source: read('introspection.graphql'), schema: schemas.realistic },
  { name: 'realistic-2kb', source: read('realistic-2kb.graphql'), schema: schemas.realistic },
];

for (const schema of Object.values(schemas)) {
  const errors = validateSchema(schema);
  if (errors.length > 0) {
    throw new Error(`benchmark schema is invalid: ${errors.map((error) => error.message).join('; ')}`);
  }
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

function measure(name, work) {
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

const results = [];
for (const { name, source, schema } of documents) {
  const errors = validate(schema, parse(source));
  if (errors.length > 0) {
    throw new Error(`${name} is invalid: ${errors.map((error) => error.message).join('; ')}`);
  }
  results.push(measure(`parse/${name}`, () => parse(source)));
  // A fresh document each iteration, as a server sees each request.
  results.push(measure(`parse+validate/${name}`, () => validate(schema, parse(source))));
}

console.log(JSON.stringify(results, null, 2));
