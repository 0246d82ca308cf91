// Times graphql-js parse, and parse + validate against a prebuilt schema, for the benchmark documents.
// Prints JSON: [{name, meanMicroseconds, medianMicroseconds, iterations}].
import graphql from './graphql.mjs';
import { measure, readDocument as read } from './timing.mjs';

const { buildSchema, parse, validate, validateSchema } = graphql;

const schemas = {
  realistic: buildSchema(read('realistic.schema.graphql')),
};

// Introspection is valid against any schema; the realistic schema keeps one prebuilt schema for both.
const documents = [
  { name: 'introspection', source: read('introspection.graphql'), schema: schemas.realistic },
  { name: 'realistic-2kb', source: read('realistic-2kb.graphql'), schema: schemas.realistic },
];

for (const schema of Object.values(schemas)) {
  const errors = validateSchema(schema);
  if (errors.length > 0) {
    throw new Error(`benchmark schema is invalid: ${errors.map((error) => error.message).join('; ')}`);
  }
}

const results = [];
for (const { name, source, schema } of documents) {
  const errors = validate(schema, parse(source));
  if (errors.length > 0) {
    throw new Error(`${name} is invalid: ${errors.map((error) => error.message).join('; ')}`);
  }
  results.push(measure(`parse/${name}`, () => parse(source)));
  // A fresh document each iteration, as a server sees each request.
  results.push(measure(`parse+validate/${name}`, () => validate(schema, parse(source))));
}

console.log(JSON.stringify(results, null, 2));
