// Automatic persisted queries against the running API, with plain fetch as Apollo's link sends them:
// the hash alone first, then the hash with the query, then the hash alone again.
// https://github.com/apollographql/apollo-link-persisted-queries#protocol
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { apiUrl } from './lib/api.mjs';

const graphqlUrl = () => `${apiUrl()}/graphql`;
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

async function post(body) {
  const response = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

// A document no other run has registered: the alias makes it unique.
const uniqueQuery = () => `query Apq { v${randomUUID().replaceAll('-', '')}: apiVersion }`;

test('APQ: unknown hash, then register with the query, then the hash alone runs it', async () => {
  const query = uniqueQuery();
  const persistedQuery = { version: 1, sha256Hash: sha256(query) };

  const miss = await post({ extensions: { persistedQuery } });
  assert.equal(miss.body.errors?.[0]?.message, 'PersistedQueryNotFound', JSON.stringify(miss.body));
  assert.equal(miss.body.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
  assert.equal(miss.body.data, undefined);

  const register = await post({ query, extensions: { persistedQuery } });
  assert.equal(register.status, 200, JSON.stringify(register.body));
  assert.equal(register.body.errors, undefined, JSON.stringify(register.body));
  assert.equal(Object.values(register.body.data).length, 1);

  const reuse = await post({ extensions: { persistedQuery } });
  assert.equal(reuse.status, 200, JSON.stringify(reuse.body));
  assert.deepEqual(reuse.body, register.body);
});

test('APQ over GET: the hash alone in the extensions parameter', async () => {
  const query = uniqueQuery();
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });
  await post({ query, extensions: JSON.parse(extensions) });

  const url = new URL(graphqlUrl());
  url.searchParams.set('extensions', extensions);
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await response.json();

  assert.equal(response.status, 200, JSON.stringify(body));
  assert.equal(body.errors, undefined, JSON.stringify(body));
});

test('APQ: a hash that is not the hash of the query is refused and nothing is stored', async () => {
  const query = uniqueQuery();
  const wrong = sha256(`${query} `);

  const mismatch = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
  assert.equal(mismatch.body.errors?.[0]?.message, 'provided sha does not match query', JSON.stringify(mismatch.body));

  const lookup = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
  assert.equal(lookup.body.errors?.[0]?.message, 'PersistedQueryNotFound');
});

test('trusted documents: an unknown documentId is PERSISTED_OPERATION_NOT_FOUND', async () => {
  const result = await post({ documentId: `sha256:${sha256(uniqueQuery())}` });

  assert.equal(result.body.errors?.[0]?.extensions?.code, 'PERSISTED_OPERATION_NOT_FOUND', JSON.stringify(result.body));
});

// Every trusted document the repository ships (schema/persisted/<sha256>.graphql) runs by its id, and its
// name is the hash of its bytes.
test('trusted documents in schema/persisted run by their id', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const folder = new URL('../../schema/persisted/', import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith('.graphql'));
  assert.ok(files.length > 0, 'schema/persisted holds no trusted documents');
  for (const file of files) {
    const hex = file.slice(0, -'.graphql'.length);
    assert.equal(createHash('sha256').update(readFileSync(new URL(file, folder))).digest('hex'), hex, `${file} is not named by its hash`);
    const answer = await post({ documentId: `sha256:${hex}` });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.errors, undefined, JSON.stringify(answer.body));
    assert.ok(answer.body.data, JSON.stringify(answer.body));
  }
});
