// Execution: every document of corpus/execution with each of its variable sets, graphql-js against our
// RequestExecutor, on the reference schemas (lib/schemas and their C# twins in Host/Execution).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { printSchema } from 'graphql';
import { useHost } from './lib/differential.mjs';
import { comparable, executionDocuments, hostExecute, referenceExecute, referenceSchemas } from './lib/execution.mjs';

const host = await useHost();

describe('reference schemas print the same SDL on both sides', () => {
  for (const [name, definition] of referenceSchemas) {
    test(name, async () => {
      const answer = await (await host()).request({ op: 'printReferenceSchema', schema: name });
      assert.equal(answer.printed, printSchema(definition.createSchema()), JSON.stringify(answer.crash ?? answer.errors ?? ''));
    });
  }
});

describe('execute', () => {
  for (const document of executionDocuments()) {
    document.cases.forEach((executionCase, index) => {
      const name = document.cases.length === 1 ? document.name : `${document.name} #${index + 1}`;
      test(name, async () => {
        const request = { source: document.source, variables: executionCase.variables, operationName: executionCase.operationName };
        const { result: expected, ordered } = await referenceExecute(document.schemaName, request);
        const answer = await hostExecute(await host(), document.schemaName, request);
        assert.ok(answer.result !== undefined, `the host did not execute: ${JSON.stringify(answer)}`);
        const compared = comparable(expected, answer.result, ordered);
        assert.deepEqual(compared.actual, compared.expected);
      });
    });
  }
});
