// Validation: every executable corpus document against its schema, rule by rule, in graphql-js's order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { benchmarkDocuments, schemas, validationDocuments } from './lib/corpus.mjs';
import { useHost } from './lib/differential.mjs';
import { referenceValidate } from './lib/reference.mjs';

const host = await useHost();
const schemaSources = schemas();

describe('validate', () => {
  const documents = [
    ...validationDocuments().map((document) => ({ ...document, schema: schemaSources.get(document.schemaName) })),
    ...benchmarkDocuments(),
  ];
  for (const document of documents) {
    test(document.name, async () => {
      const { schema } = document;
      assert.ok(schema !== undefined, `no schema corpus/schemas/${document.schemaName}.graphql`);
      const expected = referenceValidate(schema, document.source);
      const actual = await (await host()).validate(schema, document.source);
      assert.deepEqual(actual, expected);
    });
  }
});
