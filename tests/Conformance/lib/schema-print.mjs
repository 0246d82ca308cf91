// Schema printing on both sides: graphql-js printSchema / printIntrospectionSchema, and the host's ops.
import { buildASTSchema, printIntrospectionSchema, printSchema } from 'graphql';
import { validateSDL } from 'graphql/validation/validate.mjs';
import { parseOrSyntaxError, plain } from './reference.mjs';

/**
 * What graphql-js answers for `printSchema(buildSchema(source))`: `{printed}`; `{syntaxError}` when the
 * document does not parse; `{errors}` (message and locations) for the SDL rule errors that buildSchema
 * throws, or the error building throws; `{printError}` when printing itself throws.
 */
export function referencePrintSchema(source, { introspection = false } = {}) {
  const { document, syntaxError } = parseOrSyntaxError(source);
  if (syntaxError) {
    return { syntaxError };
  }
  const sdlErrors = validateSDL(document);
  if (sdlErrors.length > 0) {
    return { errors: sdlErrors.map(plain) };
  }
  let schema;
  try {
    schema = buildASTSchema(document, { assumeValidSDL: true });
  } catch (error) {
    return { errors: [{ message: error.message, locations: [] }] };
  }
  try {
    return { printed: introspection ? printIntrospectionSchema(schema) : printSchema(schema) };
  } catch (error) {
    return { printError: error.message };
  }
}

/** The host's answer in the same shape; rule names are not part of this contract. */
export async function hostPrintSchema(host, source, { introspection = false } = {}) {
  const answer = await host.request({ op: introspection ? 'printIntrospectionSchema' : 'printSchema', source });
  if (answer.errors !== undefined) {
    return { errors: answer.errors.map(({ message, locations }) => ({ message, locations })) };
  }
  return answer;
}
