// Differential execution: the corpus under corpus/execution/<schema>/, graphql-js's answers, and how
// our answers are compared with them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, execute, getOperationAST, parse, subscribe, validate } from 'graphql';
import { corpusRoot } from './corpus.mjs';
import { ResolverFailure } from './schemas/failure.mjs';
import * as allkinds from './schemas/allkinds.mjs';
import * as starwars from './schemas/starwars.mjs';

/** The reference schemas by the name the host knows them by. */
export const referenceSchemas = new Map([
  ['starwars', starwars],
  ['allkinds', allkinds],
]);

/** The message our engine reports instead of an unexpected exception's text. */
export const MaskedMessage = 'Unexpected Execution Error';

const CaseLine = /^# case: (.*)$/;

/**
 * Every execution document: `corpus/execution/<schema>/<name>.graphql`. Lines `# case: {"variables": {...},
 * "operationName": "..."}` at the top each declare one execution of the document; without any, the
 * document runs once without variables.
 */
export function executionDocuments() {
  const root = join(corpusRoot, 'execution');
  const documents = [];
  for (const schemaName of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, schemaName)).sort()) {
      if (!file.endsWith('.graphql')) {
        continue;
      }
      const source = readFileSync(join(root, schemaName, file), 'utf8');
      const cases = source
        .split('\n')
        .map((line) => CaseLine.exec(line))
        .filter((match) => match !== null)
        .map((match) => JSON.parse(match[1]));
      documents.push({
        name: `execution/${schemaName}/${file}`,
        schemaName,
        source,
        cases: cases.length > 0 ? cases : [{}],
      });
    }
  }
  return documents;
}

const builtSchemas = new Map();

function referenceSchema(name) {
  let schema = builtSchemas.get(name);
  if (schema === undefined) {
    const definition = referenceSchemas.get(name);
    schema = definition === undefined ? buildSchema(name) : definition.createSchema();
    builtSchemas.set(name, schema);
  }
  return schema;
}

function toPlainError(error) {
  const plain = { message: error.message };
  if (error.locations !== undefined) {
    plain.locations = error.locations.map(({ line, column }) => ({ line, column }));
  }
  if (error.path !== undefined) {
    plain.path = [...error.path];
  }
  // A resolver's own exception: our engine masks its text (default options).
  if (error.originalError instanceof ResolverFailure) {
    plain.masked = true;
  }
  return plain;
}

/**
 * What graphql-js answers, as `graphql()` would (parse, validate, execute), with per-request context:
 * `{result: {errors?, data?}, ordered}`; `ordered` is false when an asynchronous resolver ran, because
 * then the order of errors depends on timing.
 */
export async function referenceExecute(schemaName, { source, variables, operationName }) {
  const schema = referenceSchema(schemaName);
  const definition = referenceSchemas.get(schemaName);
  const contextValue = definition === undefined ? {} : definition.createContext();
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return { result: { errors: [toPlainError(error)] }, ordered: true };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { result: { errors: validationErrors.map(toPlainError) }, ordered: true };
  }
  const args = { schema, document, variableValues: variables, operationName, contextValue };
  // A subscription goes through subscribe(); one that cannot start answers like a query, without data.
  const isSubscription = getOperationAST(document, operationName)?.operation === 'subscription';
  const result = isSubscription ? await subscribe(args) : await execute(args);
  if (Symbol.asyncIterator in result) {
    throw new Error('The execution corpus holds no subscriptions that start.');
  }
  const plain = {};
  if (result.errors !== undefined) {
    plain.errors = result.errors.map(toPlainError);
  }
  if ('data' in result) {
    plain.data = JSON.parse(JSON.stringify(result.data));
  }
  return { result: plain, ordered: contextValue.usedAsync !== true };
}

/** Our answer for the same request, through the host's `execute` op. */
export async function hostExecute(host, schemaName, { source, variables, operationName }) {
  return host.request({ op: 'execute', schema: schemaName, query: source, variables: variables ?? null, operationName: operationName ?? null });
}

function comparableError({ path, locations, message }) {
  return { path: path ?? null, locations: locations ?? [], message };
}

const byKey = (a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0);

/**
 * Brings both answers into the compared shape: `data` (or its absence) as is; errors as `{path,
 * locations, message}`, where a resolver exception's message is ours masked. Errors keep graphql-js's
 * order when every resolver was synchronous, and are compared as sets otherwise.
 */
export function comparable(expected, actualResult, ordered) {
  const expectedErrors = (expected.errors ?? []).map((error) =>
    comparableError(error.masked ? { ...error, message: MaskedMessage } : error),
  );
  const actualErrors = (actualResult.errors ?? []).map(comparableError);
  if (!ordered) {
    expectedErrors.sort(byKey);
    actualErrors.sort(byKey);
  }
  return {
    expected: { hasData: 'data' in expected, data: expected.data, errors: expectedErrors },
    actual: { hasData: 'data' in actualResult, data: actualResult.data, errors: actualErrors },
  };
}
