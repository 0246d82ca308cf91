// Introspection: graphql-js's full introspection query on our engine, for the reference schemas and every
// valid schema of the corpus, against graphql-js on its own build of the same schema; and the result
// must rebuild (buildClientSchema) and print (printSchema) as our SchemaPrinter prints the schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, printSchema } from 'graphql';
import { schemas, sdlDocuments } from './lib/corpus.mjs';
import { useHost } from './lib/differential.mjs';
import { IntrospectionQuery, referenceIntrospect } from './lib/execution-introspection.mjs';
import { referenceBuildSchema } from './lib/reference.mjs';
import { referenceSchemas } from './lib/execution.mjs';

const host = await useHost();

const realisticSchema = fileURLToPath(new URL('../Benchmarks/Documents/realistic.schema.graphql', import.meta.url));

// Every SDL document that graphql-js builds into a valid schema.
const sdlSchemas = [
  ...[...schemas()].map(([name, source]) => ({ name: `schemas/${name}.graphql`, source })),
  ...sdlDocuments('valid'),
  ...sdlDocuments('invalid'),
  { name: 'benchmarks/realistic.schema.graphql', source: readFileSync(realisticSchema, 'utf8') },
].filter((document) => {
  const answer = referenceBuildSchema(document.source);
  return answer.syntaxError === undefined && answer.errors.length === 0;
});

async function introspectOurs(schema) {
  const answer = await (await host()).request({ op: 'introspect', schema, query: IntrospectionQuery });
  assert.ok(answer.result !== undefined && answer.printed !== undefined, `the host did not introspect: ${JSON.stringify(answer)}`);
  return answer;
}

function checkRoundTrip(ours) {
  assert.equal(ours.result.errors, undefined, JSON.stringify(ours.result.errors));
  assert.equal(printSchema(buildClientSchema(ours.result.data)), ours.printed, 'printSchema(buildClientSchema(our result)) differs from our SchemaPrinter.Print');
}

describe('introspection of the reference schemas', () => {
  for (const name of referenceSchemas.keys()) {
    test(name, async () => {
      const ours = await introspectOurs(name);
      assert.deepEqual(ours.result, referenceIntrospect(name));
      checkRoundTrip(ours);
    });
  }
});

describe('introspection of corpus schemas', () => {
  for (const document of sdlSchemas) {
    test(document.name, async () => {
      const ours = await introspectOurs(document.source);
      assert.deepEqual(ours.result, referenceIntrospect(document.source));
      checkRoundTrip(ours);
    });
  }
});
