// Parse and print: every corpus document through graphql-js and through our engine.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allDocuments, benchmarkDocuments } from './lib/corpus.mjs';
import { useHost } from './lib/differential.mjs';
import { referencePrint } from './lib/reference.mjs';

const host = await useHost();

describe('parse and print', () => {
  for (const document of [...allDocuments(), ...benchmarkDocuments()]) {
    test(document.name, async () => {
      const expected = referencePrint(document.source);
      const actual = await (await host()).print(document.source);
      assert.deepEqual(actual, expected);
      if (actual.printed !== undefined) {
        const reprinted = await (await host()).print(actual.printed);
        assert.deepEqual(reprinted, { printed: actual.printed }, 'our printed output must re-parse to the same print');
      }
    });
  }
});
