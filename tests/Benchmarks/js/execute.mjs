// Times graphql-js on the execution benchmark: the same schema (Documents/execution/schema.graphql), data
// and operations as ExecutionBenchmarks.cs. Two rows per operation:
//   graphql/<op>  graphqlSync(): parse + validate + execute, as a server without a document cache;
//   execute/<op>  execute() on a document parsed and validated once, plus JSON.stringify of the result,
//                 as a server with a document cache.
// Every result is first checked against Documents/execution/expected/<op>.json, which the .NET side checks
// too, so both engines do the same work. `--write-expected` regenerates those files.
// Prints JSON: [{name, meanMicroseconds, medianMicroseconds, iterations}].
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import graphql from './graphql.mjs';
import { measure, readDocument } from './timing.mjs';

const { buildSchema, execute, graphqlSync, parse, validate, validateSchema } = graphql;

const schema = buildSchema(readDocument('execution/schema.graphql'));
const schemaErrors = validateSchema(schema);
if (schemaErrors.length > 0) {
  throw new Error(`benchmark schema is invalid: ${schemaErrors.map((error) => error.message).join('; ')}`);
}

const data = JSON.parse(readDocument('execution/data.json'));
const byId = new Map();

// graphql-js's default resolver calls function-valued properties, so list fields are looked up per call,
// as the .NET resolvers do.
for (const human of data.humans) {
  byId.set(human.id, {
    __typename: 'Human',
    ...human,
    friends: () => human.friends.map((id) => byId.get(id)),
    starships: () => human.starships.map((id) => byId.get(id)),
  });
}
for (const droid of data.droids) {
  byId.set(droid.id, { __typename: 'Droid', ...droid, friends: () => droid.friends.map((id) => byId.get(id)) });
}
for (const starship of data.starships) {
  byId.set(starship.id, { __typename: 'Starship', ...starship });
}

const characters = [...data.humans, ...data.droids].map((character) => character.id);
const searchable = [...characters, ...data.starships.map((starship) => starship.id)];

const rootValue = {
  hero: ({ episode }) => byId.get(data.heroes[episode ?? 'default']),
  human: ({ id }) => (byId.get(id)?.__typename === 'Human' ? byId.get(id) : null),
  droid: ({ id }) => (byId.get(id)?.__typename === 'Droid' ? byId.get(id) : null),
  characters: () => characters.map((id) => byId.get(id)),
  search: ({ text }) => {
    const needle = text.toLowerCase();
    return searchable.map((id) => byId.get(id)).filter((item) => item.name.toLowerCase().includes(needle));
  },
};

const operations = [
  { name: 'three-fields', source: readDocument('execution/three-fields.graphql') },
  { name: 'fragments', source: readDocument('execution/fragments.graphql') },
  { name: 'introspection', source: readDocument('introspection.graphql') },
];

const writeExpected = process.argv.includes('--write-expected');
const results = [];
for (const { name, source } of operations) {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`${name} is invalid: ${errors.map((error) => error.message).join('; ')}`);
  }

  const result = JSON.parse(JSON.stringify(graphqlSync({ schema, source, rootValue })));
  const expectedFile = new URL(`../Documents/execution/expected/${name}.json`, import.meta.url);
  if (writeExpected) {
    writeFileSync(expectedFile, `${JSON.stringify(result, null, 2)}\n`);
  } else if (!isDeepStrictEqual(result, JSON.parse(readDocument(`execution/expected/${name}.json`)))) {
    throw new Error(`graphql-js result for ${name} differs from Documents/execution/expected/${name}.json`);
  }

  if (!writeExpected) {
    results.push(measure(`graphql/${name}`, () => graphqlSync({ schema, source, rootValue })));
    results.push(measure(`execute/${name}`, () => JSON.stringify(execute({ schema, document, rootValue }))));
  }
}

if (!writeExpected) {
  console.log(JSON.stringify(results, null, 2));
}
