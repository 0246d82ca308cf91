// Schema printing: printSchema(buildSchema(sdl)) for every valid SDL document and schema, byte for byte.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { schemas, sdlDocuments } from './lib/corpus.mjs';
import { useHost } from './lib/differential.mjs';
import { hostPrintSchema, referencePrintSchema } from './lib/schema-print.mjs';

const host = await useHost();

const realisticSchema = fileURLToPath(new URL('../Benchmarks/Documents/realistic.schema.graphql', import.meta.url));

const documents = [
  ...[...schemas()].map(([name, source]) => ({ name: `schemas/${name}.graphql`, source })),
  ...sdlDocuments('valid'),
  { name: 'benchmarks/realistic.schema.graphql', source: readFileSync(realisticSchema, 'utf8') },
];

describe('print schema', () => {
  for (const document of documents) {
    test(document.name, async () => {
      const expected = referencePrintSchema(document.source);
      assert.ok(expected.printed !== undefined, `graphql-js does not print this document: ${JSON.stringify(expected)}`);
      const actual = await hostPrintSchema(await host(), document.source);
      assert.deepEqual(actual, expected);
    });
  }

  test('introspection schema', async () => {
    const source = 'type Query { a: Int }';
    const expected = referencePrintSchema(source, { introspection: true });
    const actual = await hostPrintSchema(await host(), source, { introspection: true });
    assert.deepEqual(actual, expected);
  });
});
