// Times graphql-js's OverlappingFieldsCanBeMergedRule on the adversarial documents that
// OverlappingFieldsBenchmarks.cs validates (the generators below mirror OverlappingDocuments.cs).
// Parsing is not timed. A case whose single run exceeds the time budget is reported as capped.
//
//   node tests/Benchmarks/Validation/overlapping.mjs [--budget-ms 20000] [--sizes 100,1000,10000]
//
// graphql is resolved from GRAPHQL_JS (the package folder), tests/Benchmarks/js/node_modules or
// tests/Conformance/node_modules.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const candidates = [
  process.env.GRAPHQL_JS,
  join(here, '../js/node_modules/graphql'),
  join(here, '../../Conformance/node_modules/graphql'),
].filter(Boolean);
const graphqlPath = candidates.find((path) => existsSync(path));
if (!graphqlPath) {
  throw new Error(`graphql not found; tried ${candidates.join(', ')}`);
}

const { buildSchema, parse, validate, OverlappingFieldsCanBeMergedRule, version } = require(graphqlPath);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const budgetMs = Number(option('--budget-ms', '20000'));
const sizes = option('--sizes', '100,1000,10000').split(',').map(Number);

const schemaText = 'type Query { a: Query b: Query x: String y: String f(a: Int, b: String): String }';

const repeat = (count, piece) => Array.from({ length: count }, (_, i) => piece(i)).join('');

const shapes = {
  RepeatedFields: (n) => `{ ${repeat(n, () => 'a { b { x } } ')}}`,
  AliasesWithDifferentArguments: (n) => `{ ${repeat(n, (i) => `x: f(a: ${i}) `)}}`,
  FragmentFanOut: (n) =>
    `{ ...F0 x } ${repeat(n, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} } `)}fragment F${n} on Query { x }`,
  SiblingFragments: (n) =>
    `{ ${repeat(n, (i) => `...F${i} `)}} ${repeat(n, (i) => `fragment F${i} on Query { a { x } } `)}`,
  NestedFields: (n) => {
    const one = 'a { '.repeat(16) + 'x' + ' }'.repeat(16);
    return `{ ${repeat(n, () => `${one} `)}}`;
  },
  DistinctSubselections: (n) => `{ ${repeat(n, (i) => `a { x${i}: x } `)}}`,
  FragmentDiamond: (n) =>
    `{ ...A0 ...B0 } ${repeat(n, (i) =>
      ['A', 'B'].map((name) => `fragment ${name}${i} on Query { x ...A${i + 1} ...B${i + 1} } `).join(''),
    )}fragment A${n} on Query { x } fragment B${n} on Query { x }`,
};

const schema = buildSchema(schemaText);
const rules = [OverlappingFieldsCanBeMergedRule];

const summarize = (errors) => {
  if (errors.length === 0) {
    return 'valid';
  }
  const last = errors[errors.length - 1].message;
  return `${errors.length} error(s), last: ${last.length > 60 ? last.slice(0, 57) + '...' : last}`;
};

console.log(`graphql-js ${version}, node ${process.version}, budget ${budgetMs} ms per run`);
console.log('| Shape | Size | Mean | Runs | Result |');
console.log('|---|---:|---:|---:|---|');
for (const [name, build] of Object.entries(shapes)) {
  for (const size of sizes) {
    const document = parse(build(size), { maxTokens: Number.MAX_SAFE_INTEGER });
    const firstStart = process.hrtime.bigint();
    let errors;
    try {
      errors = validate(schema, document, rules);
    } catch (error) {
      // Deep fragment chains overflow graphql-js's recursion.
      console.log(`| ${name} | ${size} | — | 1 | throws ${error.name}: ${error.message} |`);
      continue;
    }
    const firstMs = Number(process.hrtime.bigint() - firstStart) / 1e6;
    if (firstMs > budgetMs) {
      console.log(`| ${name} | ${size} | > ${budgetMs} ms (capped, one run: ${firstMs.toFixed(0)} ms) | 1 | ${summarize(errors)} |`);
      continue;
    }

    // Warm up, then run for about a second (at least 5 runs) and report the mean.
    let runs = 0;
    let totalMs = 0;
    const deadline = Math.max(1000, firstMs * 5);
    while (runs < 5 || totalMs < deadline) {
      const start = process.hrtime.bigint();
      validate(schema, document, rules);
      totalMs += Number(process.hrtime.bigint() - start) / 1e6;
      runs++;
      if (totalMs > budgetMs) {
        break;
      }
    }

    const mean = totalMs / runs;
    const text = mean >= 1 ? `${mean.toFixed(2)} ms` : `${(mean * 1000).toFixed(1)} µs`;
    console.log(`| ${name} | ${size} | ${text} | ${runs} | ${summarize(errors)} |`);
  }
}
