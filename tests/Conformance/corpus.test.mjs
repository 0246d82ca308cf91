// Corpus sanity: graphql-js agrees with what each document claims to be, and the corpus covers enough.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildSchema, getIntrospectionQuery, GraphQLError, parse, print, validate, validateSchema } from 'graphql';
import { allDocuments, schemas, sdlDocuments, syntaxDocuments, validationDocuments } from './lib/corpus.mjs';
import { referenceBuildSchema, referenceValidate, specifiedRules } from './lib/reference.mjs';

const MinimumDocuments = 300;
const MinimumValidSyntax = 120;
const MinimumInvalidSyntax = 60;
const MinimumValidation = 150;
const MinimumSdl = 40;
const MinimumBreakingDocumentsPerRule = 3;
const MaximumErrorsPerDocument = 50;

const schemaSources = schemas();

describe('corpus: syntax/valid parses in graphql-js', () => {
  for (const document of syntaxDocuments('valid')) {
    test(document.name, () => {
      parse(document.source);
    });
  }
});

describe('corpus: syntax/invalid fails to parse in graphql-js', () => {
  for (const document of syntaxDocuments('invalid')) {
    test(document.name, () => {
      assert.throws(() => parse(document.source), GraphQLError);
    });
  }
});

describe('corpus: schemas are valid', () => {
  for (const [name, source] of schemaSources) {
    test(name, () => {
      assert.deepEqual(validateSchema(buildSchema(source)).map((error) => error.message), []);
    });
  }
});

describe('corpus: validation documents break exactly the rules they declare', () => {
  for (const document of validationDocuments()) {
    test(document.name, () => {
      const schema = schemaSources.get(document.schemaName);
      assert.ok(schema !== undefined, `no schema corpus/schemas/${document.schemaName}.graphql`);
      assert.ok(document.expectedRules !== null, 'the first line must be "# rules: none" or "# rules: RuleA, RuleB"');
      const { errors } = referenceValidate(schema, document.source);
      assert.ok(errors.length <= MaximumErrorsPerDocument, `too many errors (${errors.length})`);
      for (const error of errors) {
        assert.ok(error.rule !== null, `no single rule reports: ${error.message}`);
      }
      const broken = [...new Set(errors.map((error) => error.rule))].sort();
      const listing = errors.map((error) => `${error.rule}: ${error.message}`).join('\n');
      assert.deepEqual(broken, document.expectedRules, `graphql-js reports:\n${listing}`);
    });
  }
});

describe('corpus: sdl documents', () => {
  for (const document of sdlDocuments('valid')) {
    test(document.name, () => {
      assert.deepEqual(referenceBuildSchema(document.source), { errors: [] });
    });
  }
  for (const document of sdlDocuments('invalid')) {
    test(document.name, () => {
      const answer = referenceBuildSchema(document.source);
      assert.equal(answer.syntaxError, undefined, 'an invalid SDL document must parse');
      assert.ok(answer.errors.length > 0, 'graphql-js reports no error');
    });
  }
});

describe('corpus: printing', () => {
  // language.test.mjs requires our print to re-parse to itself; that is only fair if graphql-js's does.
  test('graphql-js print output re-parses and prints to itself for every document', () => {
    const unstable = [];
    for (const document of allDocuments()) {
      let printed;
      try {
        printed = print(parse(document.source));
      } catch {
        continue;
      }
      if (print(parse(printed)) !== printed) {
        unstable.push(document.name);
      }
    }
    assert.deepEqual(unstable, []);
  });
});

describe('corpus: coverage', () => {
  test(`at least ${MinimumDocuments} documents`, () => {
    assert.ok(allDocuments().length >= MinimumDocuments, `${allDocuments().length} documents`);
  });
  test(`at least ${MinimumValidSyntax} valid and ${MinimumInvalidSyntax} invalid syntax documents`, () => {
    assert.ok(syntaxDocuments('valid').length >= MinimumValidSyntax, `${syntaxDocuments('valid').length} valid`);
    assert.ok(syntaxDocuments('invalid').length >= MinimumInvalidSyntax, `${syntaxDocuments('invalid').length} invalid`);
  });
  test(`at least ${MinimumValidation} validation documents`, () => {
    assert.ok(validationDocuments().length >= MinimumValidation, `${validationDocuments().length} documents`);
  });
  test(`at least ${MinimumSdl} SDL documents`, () => {
    const count = sdlDocuments('valid').length + sdlDocuments('invalid').length;
    assert.ok(count >= MinimumSdl, `${count} documents`);
  });
  test(`every specified rule is broken by at least ${MinimumBreakingDocumentsPerRule} documents`, () => {
    const counts = new Map(specifiedRules.map((rule) => [rule.name, 0]));
    for (const document of validationDocuments()) {
      for (const rule of document.expectedRules ?? []) {
        counts.set(rule, (counts.get(rule) ?? 0) + 1);
      }
    }
    const short = [...counts].filter(([, count]) => count < MinimumBreakingDocumentsPerRule);
    assert.deepEqual(short, []);
  });
});

describe('benchmark documents', () => {
  const read = (name) => readFileSync(new URL(`../Benchmarks/Documents/${name}`, import.meta.url), 'utf8');

  test('introspection.graphql is exactly getIntrospectionQuery()', () => {
    assert.equal(read('introspection.graphql'), getIntrospectionQuery());
  });
  test('realistic-2kb.graphql is about 2 KB and valid against realistic.schema.graphql', () => {
    const source = read('realistic-2kb.graphql');
    assert.ok(source.length >= 1800 && source.length <= 2400, `${source.length} characters`);
    const schema = buildSchema(read('realistic.schema.graphql'));
    assert.deepEqual(validateSchema(schema).map((error) => error.message), []);
    assert.deepEqual(validate(schema, parse(source)).map((error) => error.message), []);
    assert.deepEqual(validate(schema, parse(read('introspection.graphql'))).map((error) => error.message), []);
  });
});
