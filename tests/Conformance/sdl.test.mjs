// Schema building: SDL rule errors, then schema validation errors, for every SDL corpus document.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { schemas, sdlDocuments } from './lib/corpus.mjs';
import { useHost } from './lib/differential.mjs';
import { referenceBuildSchema } from './lib/reference.mjs';

const host = await useHost();

// Rule names are compared for executable documents only; here the message and locations are the contract.
function comparable(answer) {
  if (answer.errors === undefined) {
    return answer;
  }
  return { ...answer, errors: answer.errors.map(({ message, locations }) => ({ message, locations })) };
}

const documents = [
  ...[...schemas()].map(([name, source]) => ({ name: `schemas/${name}.graphql`, source })),
  ...sdlDocuments('valid'),
  ...sdlDocuments('invalid'),
];

describe('build schema', () => {
  for (const document of documents) {
    test(document.name, async () => {
      const expected = referenceBuildSchema(document.source);
      const actual = await (await host()).buildSchema(document.source);
      assert.deepEqual(comparable(actual), comparable(expected));
    });
  }
});
