// The reference side of introspection: graphql-js's own full introspection query on its own schema.
import { buildSchema, getIntrospectionQuery, graphqlSync } from 'graphql';
import { referenceSchemas } from './execution.mjs';

/** getIntrospectionQuery with every option graphql-js 16 has. */
export const IntrospectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

/** `{data}` (or `{errors}`) of the introspection query on a reference schema (by name) or an SDL text. */
export function referenceIntrospect(schemaNameOrSdl) {
  const definition = referenceSchemas.get(schemaNameOrSdl);
  const schema = definition === undefined ? buildSchema(schemaNameOrSdl) : definition.createSchema();
  return JSON.parse(JSON.stringify(graphqlSync({ schema, source: IntrospectionQuery })));
}
