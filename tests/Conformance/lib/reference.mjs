// The reference side: what graphql-js 16 answers for each corpus document, in the host's JSON shape.
import {
  buildASTSchema,
  buildSchema,
  GraphQLError,
  parse,
  print,
  specifiedRules,
  validate,
  validateSchema,
} from 'graphql';
import { specifiedSDLRules } from 'graphql/validation/specifiedRules.mjs';
import { validateSDL } from 'graphql/validation/validate.mjs';

function locationsOf(error) {
  return (error.locations ?? []).map(({ line, column }) => ({ line, column }));
}

export function plain(error) {
  return { message: error.message, locations: locationsOf(error) };
}

/** `{document}`, or `{syntaxError: {message, locations}}` when the source does not parse. */
export function parseOrSyntaxError(source) {
  try {
    return { document: parse(source) };
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { syntaxError: plain(error) };
    }
    throw error;
  }
}

function keyOf(error) {
  return JSON.stringify(plain(error));
}

/**
 * Pairs every error of a full run with the rule that reports it when run alone, keeping the
 * full run's order (rules run in parallel, so that order interleaves the rules).
 */
function attribute(errors, rules, runAlone) {
  const pending = new Map();
  for (const rule of rules) {
    for (const error of runAlone(rule)) {
      const key = keyOf(error);
      const queue = pending.get(key) ?? [];
      queue.push(rule.name);
      pending.set(key, queue);
    }
  }
  return errors.map((error) => {
    const queue = pending.get(keyOf(error));
    const rule = queue !== undefined && queue.length > 0 ? queue.shift() : null;
    return { rule, ...plain(error) };
  });
}

/** `{printed}` or `{syntaxError: {message, locations}}`. */
export function referencePrint(source) {
  const { document, syntaxError } = parseOrSyntaxError(source);
  return syntaxError ? { syntaxError } : { printed: print(document) };
}

const schemaCache = new Map();

function cachedSchema(sdl) {
  let schema = schemaCache.get(sdl);
  if (schema === undefined) {
    schema = buildSchema(sdl);
    schemaCache.set(sdl, schema);
  }
  return schema;
}

/** `{errors: [{rule, message, locations}]}` for an executable document against a schema. */
export function referenceValidate(schemaSdl, source) {
  const schema = cachedSchema(schemaSdl);
  const document = parse(source);
  const errors = validate(schema, document);
  return {
    errors: attribute(errors, specifiedRules, (rule) => validate(schema, document, [rule])),
  };
}

/**
 * What graphql-js `buildSchema` followed by `validateSchema` reports: the SDL rule errors that
 * `assertValidSDL` would throw, one by one; when there are none, the schema validation errors.
 * `{syntaxError}` when the document does not parse.
 */
export function referenceBuildSchema(source) {
  const { document, syntaxError } = parseOrSyntaxError(source);
  if (syntaxError) {
    return { syntaxError };
  }
  const sdlErrors = validateSDL(document);
  if (sdlErrors.length > 0) {
    return {
      errors: attribute(sdlErrors, specifiedSDLRules, (rule) => validateSDL(document, undefined, [rule])),
    };
  }
  let schema;
  try {
    schema = buildASTSchema(document, { assumeValidSDL: true });
  } catch (error) {
    return { errors: [{ rule: null, message: error.message, locations: [] }] };
  }
  return { errors: validateSchema(schema).map((error) => ({ rule: null, ...plain(error) })) };
}

export { specifiedRules, specifiedSDLRules };
