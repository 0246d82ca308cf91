// Regenerates expected.json: runs graphql-js's OverlappingFieldsCanBeMergedRule on every case below and
// records its messages and locations, so the C# suite can compare against the reference word for word.
//
//   node tests/GraphQL.Tests/Validation/Overlapping/reference.mjs
//
// A longer random campaign, outside the committed corpus (the suite reads OVERLAP_REFERENCE if set):
//
//   node reference.mjs --random 5000 --seed 7 --out /tmp/overlap-fuzz.json
//   OVERLAP_REFERENCE=/tmp/overlap-fuzz.json dotnet test tests/GraphQL.Tests --filter Overlapping
//
// graphql is resolved from GRAPHQL_JS (a path to the package folder) or from tests/Conformance/node_modules.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const graphqlPath = process.env.GRAPHQL_JS ?? join(here, '../../../Conformance/node_modules/graphql');
const { buildSchema, parse, validate, OverlappingFieldsCanBeMergedRule, version } = require(graphqlPath);

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const randomCount = Number(option('--random', '64'));
const outPath = option('--out', join(here, 'expected.json'));

const schema = buildSchema(readFileSync(join(here, 'overlapping-schema.graphql'), 'utf8'));

const longName = 'n'.repeat(1100);
const manySubfieldConflicts = (count) => {
  let left = '';
  let right = '';
  for (let i = 0; i < count; i++) {
    left += ` f${i}: x`;
    right += ` f${i}: y`;
  }
  return `{ a {${left} } a {${right} } }`;
};
const repeated = (text, count) => Array.from({ length: count }, () => text).join(' ');

const cases = {
  'unique fields': '{ dog { name nickname } }',
  'identical fields': '{ dog { name name } }',
  'identical fields with identical args': '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }',
  'identical fields with identical directives': '{ dog { name @include(if: true) name @include(if: true) } }',
  'different args with different aliases': '{ dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) } }',
  'different directives with different aliases': '{ dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) } }',
  'different skip/include directives accepted': '{ dog { name @include(if: true) name @include(if: false) } }',
  'same aliases with different field targets': '{ dog { fido: name fido: nickname } }',
  'same aliases allowed on non-overlapping fields': '{ catOrDog { ... on Dog { name } ... on Cat { name: nickname } } }',
  'alias masking direct field access': '{ dog { name: nickname name } }',
  'different args, second adds an argument': '{ dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) } }',
  'different args, second missing an argument': '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand } }',
  'conflicting arg values': '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }',
  'conflicting arg names': '{ dog { isHousetrained(atOtherHomes: true) isHousetrained(atOtherHomes: false) } }',
  'same variable arguments': 'query ($a: Int) { f(a: $a) f(a: $a) }',
  'different variable arguments': 'query ($a: Int, $b: Int) { f(a: $a) f(a: $b) }',
  'variable against literal': 'query ($a: Int) { f(a: $a) f(a: 1) }',
  'arguments in different order': '{ f(a: 1, b: "x") f(b: "x", a: 1) }',
  'object argument fields in different order': '{ f(f: { a: 1, b: ["x"] }) f(f: { b: ["x"], a: 1 }) }',
  'object argument with different values': '{ f(f: { a: 1, c: { a: 2 } }) f(f: { a: 1, c: { a: 3 } }) }',
  'list arguments differ': '{ field(l: [1, 2]) { x } field(l: [2, 1]) { x } }',
  'block string against string': '{ f(b: """x""") f(b: "x") }',
  'int against float literal': '{ f(a: 1) f(a: 1.0) }',
  'null against missing argument': '{ f(a: null) f }',
  'null against null': '{ f(a: null) f(a: null) }',
  'enum against string': '{ f(b: SIT) f(b: "SIT") }',
  'allows different args where no conflict is possible': '{ catOrDog { ... on Dog { name(surname: true) } ... on Cat { name } } }',
  'allows different order of args': '{ field(a: 1, b: "2") { x } field(b: "2", a: 1) { x } }',
  'encounters conflict in fragments': '{ ...A ...B } fragment A on Query { x: a { x } } fragment B on Query { x: b { x } }',
  'reports each conflict once':
    '{ dog { ...A ...B } catOrDog { ...A } dog { ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }',
  'reports each conflict once (mixed)': `{
      a { ...A ...B }
      a { ...B ...A }
      a { ...A ...B x: c }
    }
    fragment A on Query { x: a }
    fragment B on Query { x: b }`,
  'deep conflict': '{ a { x: x } a { x: y } }',
  'deep conflict with multiple issues': '{ a { x: x y: z } a { x: y y: x } }',
  'very deep conflict': '{ a { b { x: x } } a { b { x: y } } }',
  'reports deep conflict to nearest common ancestor': '{ a { b { x: x } b { x: y } } a { b { y } } }',
  'reports deep conflict to nearest common ancestor in fragments':
    '{ a { ...F } a { ...F } } fragment F on Query { b { x: x } b { x: y } c { z } c { z } }',
  'reports deep conflict in nested fragments':
    '{ a { ...F } a { ...I } } fragment F on Query { x: x ...G } fragment G on Query { y: x } fragment I on Query { y: y ...J } fragment J on Query { x: y }',
  'ignores unknown fragments': '{ x ...Unknown ...Known } fragment Known on Query { x ...OtherUnknown }',
  'conflicting return types which potentially overlap':
    '{ someBox { ...on IntBox { scalar } ...on NonNullStringBox1 { scalar } } }',
  'compatible return shapes on different return types':
    '{ someBox { ... on IntBox { deepBox { unrelatedField } } ... on StringBox { deepBox { unrelatedField } } } }',
  'disallows differing return types despite no overlap':
    '{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }',
  'reports correctly when a non-exclusive follows an exclusive': `{
      someBox {
        ... on IntBox { deepBox { ...X } }
      }
      someBox {
        ... on StringBox { deepBox { ...Y } }
      }
      memoed: someBox {
        ... on IntBox { deepBox { ...X } }
      }
      memoed: someBox {
        ... on StringBox { deepBox { ...Y } }
      }
      other: someBox { ...X }
      other: someBox { ...Y }
    }
    fragment X on SomeBox { scalar }
    fragment Y on SomeBox { scalar: unrelatedField }`,
  'reports correctly when a non-exclusive follows an exclusive (known types)': `{
      someBox {
        ... on IntBox { deepBox { ...X } }
      }
      someBox {
        ... on StringBox { deepBox { ...Y } }
      }
      memoed: someBox {
        ... on IntBox { deepBox { ...X } }
      }
      memoed: someBox {
        ... on StringBox { deepBox { ...Y } }
      }
      other: someBox { ...X }
      other: someBox { ...Y }
    }
    fragment X on Box { scalar: unrelatedField }
    fragment Y on Box { scalar: __typename }`,
  'disallows differing return type nullability despite no overlap':
    '{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }',
  'disallows differing return type list despite no overlap':
    '{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }',
  'disallows differing return type list despite no overlap (reverse)':
    '{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: listStringBox { scalar } } } }',
  'disallows differing subfields':
    '{ someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }',
  'disallows differing deep return types despite no overlap':
    '{ someBox { ... on IntBox { box: stringBox { scalar } } ... on StringBox { box: intBox { scalar } } } }',
  'allows non-conflicting overlapping types':
    '{ someBox { ... on IntBox { scalar: unrelatedField } ... on StringBox { scalar } } }',
  'same wrapped scalar return types':
    '{ someBox { ...on NonNullStringBox1 { scalar } ...on NonNullStringBox2 { scalar } } }',
  'allows inline fragments without type condition': '{ a { ... { a { x } } } }',
  'compares deep types including list':
    '{ connection { ...edgeID edges { node { id: name } } } } fragment edgeID on Connection { edges { node { id } } }',
  'ignores unknown types':
    '{ someBox { ...on UnknownType { scalar } ...on NonNullStringBox2 { scalar } } }',
  'field named constructor': '{ dog { constructor: name constructor: nickname } }',
  'does not infinite loop on recursive fragment': '{ ...F } fragment F on Query { x ...F }',
  'does not infinite loop on immediately recursive fragment mentioned in queries':
    '{ a { ...F } a { ...F } } fragment F on Query { x ...F }',
  'does not infinite loop on recursive fragment with a field named after fragment':
    '{ ...F F: x } fragment F on Query { F: y ...F }',
  'finds invalid cases even with field named after fragment': '{ F: x ...F } fragment F on Query { F: y }',
  'does not infinite loop on transitively recursive fragment':
    '{ ...F ...G } fragment F on Query { x ...G } fragment G on Query { y ...F }',
  'finds invalid case even with immediately recursive fragment':
    'fragment sameAliasesWithDifferentFieldTargets on Dog { ...sameAliasesWithDifferentFieldTargets fido: name fido: nickname }',
  'typename against field': '{ dog { x: __typename x: name } }',
  'typename twice': '{ dog { __typename __typename } catOrDog { __typename ... on Dog { __typename } } }',
  'typename aliases on union members': '{ catOrDog { ... on Dog { t: __typename } ... on Cat { t: name } } }',
  'multiple operations': 'query A { x: x x: y } query B { y: x y: y }',
  'mutually recursive fragments with conflict':
    'query { dog { ...A } } fragment A on Dog { x: name ...B } fragment B on Dog { x: nickname ...A }',
  'sibling fragments conflicting':
    '{ dog { ...A ...B ...C } } fragment A on Dog { n: name } fragment B on Dog { n: nickname } fragment C on Dog { n: barkVolume }',
  'nested fragment spreads compared against fields':
    '{ dog { ...A x: barks } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { x: name }',
  'single inline fragment at top level': '{ ... on Query { x: y } x }',
  'inline fragments flattened into the parent': '{ ... on Query { x } ... { x: y } }',
  'nested inline fragments': '{ dog { ... on Dog { ... on Pet { n: name } } n: nickname } }',
  'unknown field in both': '{ dog { unknown unknown } }',
  'unknown fields with different names': '{ dog { u: unknownA u: unknownB } }',
  'unknown field with selection set': '{ dog { u: unknown { a } u: unknown { b } } }',
  'interface parents are not mutually exclusive':
    '{ pet { ... on Pet { n: name } ... on Dog { n: nickname } } }',
  'different object parents with different args': '{ catOrDog { ... on Dog { name(surname: true) } ... on Cat { name(surname: false) } } }',
  'same object parent twice through inline fragments': '{ catOrDog { ... on Dog { n: name } ... on Dog { n: nickname } } }',
  'list against non-list': '{ dog { t: tags t: friends { name } } }',
  'non-null list against list':
    '{ dog { t: tags } dog { t: friends { name } } }',
  'self-conflicting identical copies': '{ a { x: f(a: 1) x: f(a: 2) } a { x: f(a: 1) x: f(a: 2) } }',
  'long response name is abbreviated': `{ ${longName}: x ${longName}: y }`,
  'long field names are abbreviated': `{ z: ${longName} z: ${longName}b }`,
  'many subfield conflicts are truncated': manySubfieldConflicts(60),
  'deeply nested many subfield conflicts': `{ a { ${manySubfieldConflicts(30).slice(2, -2)} } a { b { c: x } } }`,
  'subfield conflicts in fragments across operations':
    'query A { a { ...F } } query B { a { ...F } a { ...G } } fragment F on Query { x } fragment G on Query { x: y }',
  'errors cap at maxErrors': repeated('x: f(a: 1) x: f(a: 2)', 60).replace(/^/, '{ ') + ' }',
  'repeated identical fields': `{ ${repeated('a { b { x } }', 40)} }`,
  'repeated identical fields with one conflict': `{ ${repeated('a { x }', 30)} a { x: y } }`,
  'repeated aliases with different arguments': `{ ${Array.from({ length: 20 }, (_, i) => `x: f(a: ${i})`).join(' ')} }`,
  'repeated sibling fragments': `{ ${Array.from({ length: 12 }, (_, i) => `...F${i}`).join(' ')} } ${Array.from(
    { length: 12 },
    (_, i) => `fragment F${i} on Query { a { x } }`,
  ).join(' ')}`,
  'repeated sibling fragments with a conflict': `{ ${Array.from({ length: 8 }, (_, i) => `...F${i}`).join(' ')} } ${Array.from(
    { length: 8 },
    (_, i) => `fragment F${i} on Query { a { x${i === 5 ? ': y' : ''} } }`,
  ).join(' ')}`,
  'fragment fan-out': `{ ...F0 x } ${Array.from({ length: 10 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F10 on Query { x: y }`,
  'nested identical fields repeated': `{ ${repeated('a { a { a { a { x } } } }', 10)} }`,
  'nested identical fields repeated with a deep conflict': `{ ${repeated('a { a { a { a { x } } } }', 5)} a { a { a { a { x: y } } } } }`,
  'identical copies with fragments': '{ a { ...F x } a { ...F x } a { ...F x } } fragment F on Query { x: y }',
  'copies differing only in directives': '{ a { x } a @skip(if: true) { x } a { x: y } }',
};

// Random documents from a fixed seed: small vocabularies, so that response names collide often, copies
// of earlier selections (identical structure), fragments spreading fragments (cycles included), and
// exclusive parents through union and interface members.
let seed = Number(option('--seed', '20261121'));
const random = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
};
const pick = (items) => items[random(items.length)];
const fragmentCount = () => 1 + random(4);
const argument = () => pick(['', '(a: 1)', '(a: 2)', '(a: $v)', '(b: "s")', '(a: 1, b: "s")', '(b: "s", a: 1)', '(f: { a: 1, b: ["x"] })', '(f: { b: ["x"], a: 1 })']);
const alias = (names) => (random(3) === 0 ? `${pick(names)}: ` : '');

function querySelections(depth, fragments, made, width = 5) {
  const count = 1 + random(depth > 2 ? 3 : width);
  const parts = [];
  for (let i = 0; i < count; i++) {
    const choice = random(12);
    let text;
    if (made.length > 0 && choice < 2) {
      text = pick(made);
    } else if (choice < 5 || depth > 3) {
      text = `${alias(['x', 'y', 'z', 'p'])}${pick(['x', 'y', 'z', `f${argument()}`])}`;
    } else if (choice < 8) {
      text = `${alias(['a', 'b', 'q'])}${pick(['a', 'b', 'deep', `field${argument()}`])} { ${querySelections(depth + 1, fragments, made)} }`;
    } else if (choice < 9 && fragments > 0) {
      text = `...F${random(fragments)}`;
    } else if (choice < 10) {
      text = `... ${random(2) === 0 ? 'on Query ' : ''}{ ${querySelections(depth + 1, fragments, made)} }`;
    } else if (choice < 11) {
      const box = () => pick(['scalar', 'unrelatedField', 's: scalar', 'scalar: unrelatedField', 'deepBox { scalar }', 'deepBox { s: unrelatedField }']);
      text = `someBox { ... on IntBox { ${box()} } ... on StringBox { ${box()} } ${random(2) === 0 ? `... on IntBox { ${box()} }` : ''} }`;
    } else {
      const pet = () => pick(['name', 'n: name', 'n: nickname', 'name(surname: true)', 'owner { name }', 'owner { n: iq }']);
      text = `catOrDog { ... on Dog { ${pet()} } ... on Cat { ${pet()} } ${random(2) === 0 ? pet().replace('owner', 'n: owner') : ''} }`.replace('catOrDog {  ', 'catOrDog { ');
    }
    made.push(text);
    parts.push(text);
  }
  return parts.join(' ');
}

for (let n = 0; n < randomCount; n++) {
  const fragments = random(3) === 0 ? 0 : fragmentCount();
  const made = [];
  let document = `query ($v: Int) { ${querySelections(0, fragments, made)} }`;
  for (let i = 0; i < fragments; i++) {
    document += ` fragment F${i} on Query { ${querySelections(1, fragments, made)} }`;
  }
  cases[`random ${n}`] = document;
}

// Wide selection sets full of copies, and fragments with equal bodies: the class walks' territory.
for (let n = 0; n < randomCount / 8; n++) {
  const fragments = 2 + random(8);
  const made = [];
  let document = `query ($v: Int) { ${querySelections(0, fragments, made, 20)} }`;
  const bodies = [];
  for (let i = 0; i < fragments; i++) {
    const body = bodies.length > 0 && random(2) === 0 ? pick(bodies) : querySelections(1, fragments, made, 12);
    bodies.push(body);
    document += ` fragment F${i} on Query { ${body} }`;
  }
  cases[`random wide ${n}`] = document;
}

// Many copies of a few selections, shuffled, some fields spreading fragments with equal bodies: long
// lists of few classes, where the class walks skip the most.
for (let n = 0; n < randomCount / 16; n++) {
  const fragments = 1 + random(6);
  const made = [];
  const pieces = Array.from({ length: 2 + random(4) }, () => querySelections(1, fragments, made, 3));
  const copies = [];
  for (let i = 0; i < 40 + random(80); i++) {
    copies.push(pick(pieces));
  }
  const body = querySelections(2, 0, [], 4);
  let document = `query ($v: Int) { ${copies.join(' ')} }`;
  for (let i = 0; i < fragments; i++) {
    document += ` fragment F${i} on Query { ${random(3) === 0 ? querySelections(2, fragments, [], 3) : body} }`;
  }
  cases[`random copies ${n}`] = document;
}

// Fragments on object, interface and union members spread under exclusive parents, so that the
// "mutually exclusive" flag travels through the fragment memos.
const typedFragments = {
  Dog: ['name', 'n: name', 'n: nickname', 'b: barkVolume', 'owner { name }', 'owner { n: iq }', 'name(surname: true)'],
  Cat: ['name', 'n: name', 'n: meowVolume', 'b: meows', 'owner { name }', 'owner { n: name }', 'name(surname: false)'],
  Pet: ['name', 'n: name', 'name(surname: true)'],
  IntBox: ['scalar', 's: scalar', 'deepBox { scalar }', 'deepBox { s: unrelatedField }', 'scalar: unrelatedField'],
  StringBox: ['scalar', 's: scalar', 'deepBox { scalar }', 'deepBox { s: scalar }', 'scalar: unrelatedField'],
  Box: ['unrelatedField', 's: unrelatedField', 'scalar: unrelatedField'],
};
for (let n = 0; n < randomCount / 8; n++) {
  const names = [];
  let fragmentsText = '';
  const types = Object.keys(typedFragments);
  for (let i = 0; i < 3 + random(5); i++) {
    const type = pick(types);
    names.push([`T${i}`, type]);
    const body = Array.from({ length: 1 + random(3) }, () => pick(typedFragments[type])).join(' ');
    fragmentsText += ` fragment T${i} on ${type} { ${body}${random(4) === 0 ? ` ...T${random(i + 1)}` : ''} }`;
  }
  const spreadsFor = (kinds) => {
    const usable = names.filter(([, type]) => kinds.includes(type));
    return usable.length === 0 ? '' : Array.from({ length: 1 + random(2) }, () => `...${pick(usable)[0]}`).join(' ');
  };
  const pets = () =>
    `catOrDog { ... on Dog { ${spreadsFor(['Dog', 'Pet'])} ${pick(typedFragments.Dog)} } ... on Cat { ${spreadsFor(['Cat', 'Pet'])} ${pick(typedFragments.Cat)} } ${spreadsFor(['Dog', 'Cat'])} }`;
  const boxes = () =>
    `someBox { ... on IntBox { ${spreadsFor(['IntBox', 'Box'])} ${pick(typedFragments.IntBox)} } ... on StringBox { ${spreadsFor(['StringBox', 'Box'])} ${pick(typedFragments.StringBox)} } ${spreadsFor(['Box', 'IntBox'])} }`;
  const top = Array.from({ length: 2 + random(5) }, () => (random(2) === 0 ? pets() : boxes()));
  cases[`random typed ${n}`] = `{ ${top.join(' ')} a { ${top.slice(0, 2).join(' ')} } }${fragmentsText}`;
}

const results = [];
for (const [name, document] of Object.entries(cases)) {
  const errors = validate(schema, parse(document), [OverlappingFieldsCanBeMergedRule]).map((e) => ({
    message: e.message,
    locations: (e.locations ?? []).map(({ line, column }) => [line, column]),
  }));
  results.push({ name, document, errors });
}

const json = JSON.stringify({ graphql: version, cases: results }, null, 1).replace(/\[\s+(\d+),\s+(\d+)\s+\]/g, '[$1, $2]');
writeFileSync(outPath, json + '\n');
console.log(`graphql-js ${version}: ${results.length} cases, ${results.reduce((n, c) => n + c.errors.length, 0)} errors`);
