// Discovers the corpus: one GraphQL document per file, grouped by what it exercises.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, basename, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusRoot = fileURLToPath(new URL('../corpus/', import.meta.url));

function listGraphQL(directory) {
  let entries;
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  const files = [];
  for (const entry of entries.sort()) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) {
      files.push(...listGraphQL(path));
    } else if (entry.endsWith('.graphql')) {
      files.push(path);
    }
  }
  return files;
}

function toDocument(path) {
  return {
    path,
    name: relative(corpusRoot, path).split(sep).join('/'),
    source: readFileSync(path, 'utf8'),
  };
}

/** Every corpus document, in a stable order. */
export function allDocuments() {
  return listGraphQL(corpusRoot).map(toDocument);
}

/** Documents under syntax/valid or syntax/invalid. */
export function syntaxDocuments(kind) {
  return listGraphQL(join(corpusRoot, 'syntax', kind)).map(toDocument);
}

/** Documents under sdl/valid or sdl/invalid. */
export function sdlDocuments(kind) {
  return listGraphQL(join(corpusRoot, 'sdl', kind)).map(toDocument);
}

/** The test schemas, by name (file name without extension). */
export function schemas() {
  const result = new Map();
  for (const path of listGraphQL(join(corpusRoot, 'schemas'))) {
    result.set(basename(path, '.graphql'), readFileSync(path, 'utf8'));
  }
  return result;
}

/**
 * Executable documents under validation/<schemaName>/. The first line declares which
 * graphql-js rules the document breaks: `# rules: none` or `# rules: RuleA, RuleB`.
 */
export function validationDocuments() {
  const root = join(corpusRoot, 'validation');
  let schemaNames;
  try {
    schemaNames = readdirSync(root).sort();
  } catch {
    return [];
  }
  const documents = [];
  for (const schemaName of schemaNames) {
    for (const path of listGraphQL(join(root, schemaName))) {
      const document = toDocument(path);
      documents.push({ ...document, schemaName, expectedRules: declaredRules(document.source) });
    }
  }
  return documents;
}

function declaredRules(source) {
  const firstLine = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0];
  const match = /^# rules:(.*)$/.exec(firstLine);
  if (match === null) {
    return null;
  }
  const names = match[1].split(',').map((name) => name.trim()).filter((name) => name.length > 0);
  return names.length === 1 && names[0] === 'none' ? [] : names.sort();
}

const benchmarkRoot = fileURLToPath(new URL('../../Benchmarks/Documents/', import.meta.url));

/**
 * The benchmark documents, checked like validation documents so that what is timed is also what
 * conforms. Each comes with the schema it is timed against.
 */
export function benchmarkDocuments() {
  const read = (name) => readFileSync(join(benchmarkRoot, name), 'utf8');
  const schema = read('realistic.schema.graphql');
  return ['introspection.graphql', 'realistic-2kb.graphql'].map((name) => ({
    name: `benchmarks/${name}`,
    source: read(name),
    schema,
  }));
}
