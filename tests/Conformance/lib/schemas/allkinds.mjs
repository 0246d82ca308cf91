// The "all kinds" reference schema for execution: every type kind, interfaces implementing interfaces,
// unions, enums, nested and @oneOf inputs, every list/non-null shape, errors thrown synchronously and
// asynchronously, and mutations whose serial order shows in a counter. The C# twin is Host/Execution/AllKinds.
import { buildSchema, GraphQLError, GraphQLScalarType, print } from 'graphql';
import { ResolverFailure } from './failure.mjs';

// Types and fields in the order our code-first build emits them (properties before methods, C# parameter
// defaults other than null as argument defaults), so that both sides print the same SDL.
export const sdl = `"""Marks a field for a team; for introspection only."""
directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT

"""The query root: every type kind, list and non-null shape, and error path."""
type Query {
  node(id: ID!): Node
  named(id: ID!): Named
  thing(id: ID!): Thing
  things: [Thing!]!
  nullableThings: [Thing]
  people(filter: Filter): [Person!]!
  peopleNullable(filter: Filter): [Person]
  lookup(by: Lookup!): Thing
  lookupMany(by: [Lookup!]!): [Thing]!
  echoFilter(filter: Filter): FilterEcho
  echoRange(range: Range): RangeEcho
  echoKinds(kinds: [PetKind!]): [PetKind!]
  echoDate(date: Date = "2000-01-01"): Date
  echoIds(ids: [ID!]!): [ID!]!
  echoFloat(value: Float): Float
  echoBoolean(value: Boolean = true): Boolean
  greeting(name: String = "world", times: Int = 1, salutation: String @deprecated(reason: "Always Hello.")): String
  lists(flat: [Int], nested: [[Int]]): Lists
  listsNonNull(flat: [Int], nested: [[Int]]): Lists!
  asyncValue(value: Int = 42): Int
  failSync: String
  failAsync: String
  failWithMessage: String
  nonNullNull: Int!
  nonNullFail: String!
  badDate: Date
  badInt: Int
  badFloat: Float
}

"""Changes the request's counter, which starts at 0."""
type Mutation {
  increment(by: Int! = 1): Int!
  incrementLater(by: Int! = 1, delayMs: Int! = 0): Int!
  incrementAndFail(by: Int! = 1): Int
  incrementAndFailNonNull(by: Int! = 1): Int!
  current: Int!
}

"""A person."""
type Person implements Named & Node & Aged {
  id: ID!
  name: String!
  age: Int
  born: Date
  nickname: String @deprecated(reason: "Use name.")
  pets: [Pet!]!
  bestFriend: Person

  """The age, which must be known."""
  mustHaveAge: Int!

  """Fails for some people."""
  explode: String

  """Fails asynchronously for some people."""
  explodeLater: String

  """The name, after a pause."""
  nameLater: String
}

"""An animal that lives with a person."""
type Pet implements Named & Node {
  id: ID!
  name: String!
  kind: PetKind!
  owner: Person
}

"""A machine."""
type Robot implements Node {
  id: ID!
  model: String!
}

"""Anything with an id."""
interface Node {
  id: ID!
}

"""A node with a name."""
interface Named implements Node {
  id: ID!
  name: String!
}

"""Anything at all."""
union Thing = Person | Pet | Robot

"""Filters people."""
input Filter {
  name: String
  kinds: [PetKind!]
  range: Range
  nested: Filter
  born: Date
  legacy: String @deprecated(reason: "Ignored.")
}

"""Finds one thing, by exactly one key."""
input Lookup @oneOf {
  id: ID
  name: String
  born: Date
}

"""The coerced filter, as the resolver received it."""
type FilterEcho {
  name: String
  kinds: [PetKind!]
  range: RangeEcho
  nested: FilterEcho
  born: Date
  legacy: String
}

"""The coerced range."""
type RangeEcho {
  from: Int
  to: Int
}

"""A range of integers."""
input Range {
  to: Int!
  from: Int = 0
}

"""Kinds of pets."""
enum PetKind {
  DOG
  CAT @deprecated(reason: "Cats left.")
  BIRD
}

"""The list arguments of Query.lists, returned through every list shape."""
type Lists {
  flat: [Int]
  flatNonNullList: [Int]!
  flatNonNullItems: [Int!]
  flatNonNullBoth: [Int!]!
  nested: [[Int]]
  nestedInnerNonNull: [[Int!]]
  nestedMiddleNonNull: [[Int]!]
  nestedOuterNonNull: [[Int!]]!
  nestedAllNonNull: [[Int!]!]!
}

"""Something whose age may be known."""
interface Aged {
  age: Int
}

"""A calendar date written YYYY-MM-DD."""
scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
`;

const people = [
  { id: 'p1', name: 'Ada', age: 36, born: '1815-12-10', pets: ['a1', 'a2'], bestFriend: 'p2', nickname: 'Countess' },
  { id: 'p2', name: 'Grace', age: 85, born: '1906-12-09', pets: [], bestFriend: 'p1', nickname: null },
  { id: 'p3', name: 'Alan', age: null, born: null, pets: ['a3'], bestFriend: null, nickname: 'Prof' },
  { id: 'p4', name: 'Edsger', age: 72, born: '1930-05-11', pets: [], bestFriend: 'p9', nickname: null },
];

const pets = [
  { id: 'a1', name: 'Rex', kind: 'DOG', owner: 'p1' },
  { id: 'a2', name: 'Tom', kind: 'CAT', owner: 'p1' },
  { id: 'a3', name: 'Tweety', kind: 'BIRD', owner: 'p3' },
];

const robots = [{ id: 'r1', model: 'R-1' }];

const things = new Map([
  ...people.map((p) => [p.id, { typename: 'Person', ...p }]),
  ...pets.map((p) => [p.id, { typename: 'Pet', ...p }]),
  ...robots.map((r) => [r.id, { typename: 'Robot', ...r }]),
]);

// Messages show the value as JSON text; the corpus only sends strings, numbers, booleans and null.
const DatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The custom scalar, defined the same way on both sides. */
export const dateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD.',
  specifiedByURL: 'https://tools.ietf.org/html/rfc3339',
  serialize(value) {
    if (typeof value === 'string' && DatePattern.test(value)) {
      return value;
    }
    throw new GraphQLError(`Date cannot represent value: ${JSON.stringify(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && DatePattern.test(value)) {
      return value;
    }
    throw new GraphQLError(`Date cannot represent value: ${JSON.stringify(value)}`);
  },
  parseLiteral(literal) {
    if (literal.kind === 'StringValue' && DatePattern.test(literal.value)) {
      return literal.value;
    }
    throw new GraphQLError(`Date cannot represent literal: ${print(literal)}`, { nodes: literal });
  },
});

function matches(person, filter) {
  if (filter === null || filter === undefined) {
    return true;
  }
  if (filter.name !== undefined && filter.name !== null && !person.name.includes(filter.name)) {
    return false;
  }
  if (filter.range !== undefined && filter.range !== null) {
    const age = person.age ?? -1;
    if (age < filter.range.from || age > filter.range.to) {
      return false;
    }
  }
  return matches(person, filter.nested);
}

function later(context, value) {
  context.usedAsync = true;
  return new Promise((resolve) => setImmediate(() => resolve(value)));
}

function failLater(context, message) {
  context.usedAsync = true;
  return new Promise((_, reject) => setImmediate(() => reject(new ResolverFailure(message))));
}

function wait(context, milliseconds) {
  context.usedAsync = true;
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

const resolvers = {
  Query: {
    node: (_, { id }) => things.get(id) ?? null,
    named: (_, { id }) => (things.get(id)?.typename === 'Robot' ? null : things.get(id) ?? null),
    thing: (_, { id }) => things.get(id) ?? null,
    things: () => [...things.values()],
    nullableThings: () => [things.get('p1'), null, things.get('r1')],
    people: (_, { filter }) => people.filter((p) => matches(p, filter)).map((p) => things.get(p.id)),
    peopleNullable: (_, { filter }) => people.filter((p) => matches(p, filter)).map((p) => things.get(p.id)),
    lookup: (_, { by }) => {
      if (by.id !== undefined) {
        return things.get(by.id) ?? null;
      }
      if (by.name !== undefined) {
        return [...things.values()].find((t) => t.name === by.name) ?? null;
      }
      return [...things.values()].find((t) => t.born === by.born) ?? null;
    },
    lookupMany: (_, { by }, context) => by.map((one) => resolvers.Query.lookup(_, { by: one }, context)),
    echoFilter: (_, { filter }) => filter,
    echoRange: (_, { range }) => range,
    echoKinds: (_, { kinds }) => kinds,
    echoDate: (_, { date }) => date,
    echoIds: (_, { ids }) => ids,
    echoFloat: (_, { value }) => value,
    echoBoolean: (_, { value }) => value,
    greeting: (_, { name, times }) => (name === null ? null : Array(Math.max(times ?? 1, 0)).fill(`Hello, ${name}!`).join(' ')),
    lists: (_, args) => args,
    listsNonNull: (_, args) => args,
    asyncValue: (_, { value }, context) => later(context, value),
    failSync: () => {
      throw new ResolverFailure('failSync failed.');
    },
    failAsync: (_, __, context) => failLater(context, 'failAsync failed.'),
    failWithMessage: () => {
      throw new GraphQLError('This message reaches the caller.');
    },
    nonNullNull: () => null,
    nonNullFail: () => {
      throw new ResolverFailure('nonNullFail failed.');
    },
    badDate: () => 'not a date',
    badInt: () => 2147483648,
    badFloat: () => NaN,
  },
  Mutation: {
    increment: (_, { by }, context) => (context.counter += by),
    incrementLater: async (_, { by, delayMs }, context) => {
      await wait(context, delayMs);
      context.counter += by;
      return context.counter;
    },
    incrementAndFail: (_, { by }, context) => {
      context.counter += by;
      throw new ResolverFailure('incrementAndFail failed.');
    },
    incrementAndFailNonNull: (_, { by }, context) => {
      context.counter += by;
      throw new ResolverFailure('incrementAndFailNonNull failed.');
    },
    current: (_, __, context) => context.counter,
  },
  Person: {
    pets: (person) => person.pets.map((id) => things.get(id)),
    bestFriend: (person) => (person.bestFriend === null ? null : things.get(person.bestFriend) ?? null),
    mustHaveAge: (person) => person.age,
    explode: (person) => {
      if (person.id === 'p2' || person.id === 'p4') {
        throw new ResolverFailure(`explode failed for ${person.id}.`);
      }
      return `${person.name} is fine`;
    },
    explodeLater: (person, _, context) =>
      person.id === 'p1' ? failLater(context, 'explodeLater failed.') : later(context, `${person.name} is fine later`),
    nameLater: (person, _, context) => later(context, person.name),
  },
  Pet: {
    owner: (pet) => things.get(pet.owner) ?? null,
  },
  Lists: {
    flat: (lists) => lists.flat,
    flatNonNullList: (lists) => lists.flat,
    flatNonNullItems: (lists) => lists.flat,
    flatNonNullBoth: (lists) => lists.flat,
    nested: (lists) => lists.nested,
    nestedInnerNonNull: (lists) => lists.nested,
    nestedMiddleNonNull: (lists) => lists.nested,
    nestedOuterNonNull: (lists) => lists.nested,
    nestedAllNonNull: (lists) => lists.nested,
  },
};

/** A fresh executable schema (resolvers attached to the built SDL). */
export function createSchema() {
  const schema = buildSchema(sdl);
  const date = schema.getType('Date');
  date.serialize = dateScalar.serialize;
  date.parseValue = dateScalar.parseValue;
  date.parseLiteral = dateScalar.parseLiteral;
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const typeFields = schema.getType(typeName).getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      typeFields[fieldName].resolve = resolve;
    }
  }
  for (const typeName of ['Node', 'Named', 'Aged', 'Thing']) {
    schema.getType(typeName).resolveType = (value) => value.typename;
  }
  return schema;
}

/** Per-request state: the mutation counter, and whether an asynchronous resolver ran. */
export function createContext() {
  return { counter: 0, usedAsync: false };
}
