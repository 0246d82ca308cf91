// The Star Wars reference schema for execution: SDL, data and resolvers. The C# twin is
// Host/Execution/StarWars; both must print the same SDL and give the same answers.
import { buildSchema } from 'graphql';
import { ResolverFailure } from './failure.mjs';

// Types and fields in the order our code-first build emits them (properties before methods), so that
// both sides print the same SDL.
export const sdl = `"""The root fields."""
type Query {
  """The hero of a film, or of the whole saga when no episode is given."""
  hero(episode: Episode): Character

  """A human by id."""
  human(id: ID!): Human

  """A droid by id."""
  droid(id: ID!): Droid

  """Every character, humans first."""
  characters: [Character!]!
}

"""A human being."""
type Human implements Character {
  id: ID!
  name: String
  appearsIn: [Episode]

  """The planet the human comes from, when known."""
  homePlanet: String

  """Mass in kilograms."""
  mass: Float
  friends: [Character]
  secretBackstory: String
}

"""A mechanical being."""
type Droid implements Character {
  id: ID!
  name: String
  appearsIn: [Episode]

  """What the droid was built for."""
  primaryFunction: String
  friends: [Character]
  secretBackstory: String
}

"""Someone who appears in the films."""
interface Character {
  """The character's id."""
  id: ID!

  """The character's name."""
  name: String

  """The films the character appears in."""
  appearsIn: [Episode]

  """The friends of the character, or an empty list when they have none."""
  friends: [Character]

  """Where the character comes from; always an error."""
  secretBackstory: String
}

"""A film of the original trilogy."""
enum Episode {
  """Released in 1977."""
  NEWHOPE

  """Released in 1980."""
  EMPIRE

  """Released in 1983."""
  JEDI
}
`;

const humans = [
  { id: 'h-luke', name: 'Luke Skywalker', friends: ['h-han', 'h-leia', 'd-r2', 'd-3po'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: 'Tatooine', mass: 77 },
  { id: 'h-vader', name: 'Darth Vader', friends: ['h-tarkin'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: 'Tatooine', mass: 136.5 },
  { id: 'h-han', name: 'Han Solo', friends: ['h-luke', 'h-leia', 'd-r2', 'h-ghost'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: null, mass: 80 },
  { id: 'h-leia', name: 'Leia Organa', friends: ['h-luke', 'h-han', 'd-3po', 'd-r2'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], homePlanet: 'Alderaan', mass: 49 },
  { id: 'h-tarkin', name: 'Wilhuff Tarkin', friends: ['h-vader'], appearsIn: ['NEWHOPE'], homePlanet: 'Eriadu', mass: null },
  { id: 'h-wedge', name: null, friends: [], appearsIn: ['NEWHOPE', null, 'JEDI'], homePlanet: 'Corellia', mass: 72.25 },
];

const droids = [
  { id: 'd-3po', name: 'C-3PO', friends: ['h-luke', 'h-han', 'h-leia', 'd-r2'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], primaryFunction: 'Protocol' },
  { id: 'd-r2', name: 'R2-D2', friends: ['h-luke', 'h-han', 'h-leia'], appearsIn: ['NEWHOPE', 'EMPIRE', 'JEDI'], primaryFunction: 'Astromech' },
  { id: 'd-ig', name: 'IG-88', friends: null, appearsIn: ['EMPIRE'], primaryFunction: null },
];

const characters = new Map([...humans.map((h) => [h.id, { typename: 'Human', ...h }]), ...droids.map((d) => [d.id, { typename: 'Droid', ...d }])]);

function heroOf(episode) {
  if (episode === 'EMPIRE') {
    return characters.get('h-luke');
  }
  return characters.get('d-r2');
}

const characterFields = {
  friends: (character) => (character.friends === null ? null : character.friends.map((id) => characters.get(id) ?? null)),
  secretBackstory: () => {
    throw new ResolverFailure('secretBackstory is secret.');
  },
};

/** A fresh executable schema (resolvers attached to the built SDL). */
export function createSchema() {
  const schema = buildSchema(sdl);
  const query = schema.getQueryType().getFields();
  query.hero.resolve = (_, { episode }) => heroOf(episode);
  query.human.resolve = (_, { id }) => (characters.get(id)?.typename === 'Human' ? characters.get(id) : null);
  query.droid.resolve = (_, { id }) => (characters.get(id)?.typename === 'Droid' ? characters.get(id) : null);
  query.characters.resolve = () => [...characters.values()];
  for (const typeName of ['Human', 'Droid']) {
    const fields = schema.getType(typeName).getFields();
    fields.friends.resolve = characterFields.friends;
    fields.secretBackstory.resolve = characterFields.secretBackstory;
  }
  schema.getType('Character').resolveType = (character) => character.typename;
  return schema;
}

/** Per-request state: the Star Wars resolvers are synchronous and keep none. */
export function createContext() {
  return { usedAsync: false };
}
