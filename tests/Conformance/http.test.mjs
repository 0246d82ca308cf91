// GraphQL over HTTP against the running API, audited by graphql-http: every audit, MUST, SHOULD and MAY,
// has to pass. https://graphql.github.io/graphql-over-http/draft/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditServer } from 'graphql-http';
import { apiUrl, partnerToken } from './lib/api.mjs';

const graphqlUrl = () => `${apiUrl()}/graphql`;

function describe(result) {
  const reason = result.reason ? `: ${result.reason}` : '';
  return `[${result.status}] ${result.id} ${result.name}${reason}`;
}

test('graphql-http auditServer: every audit is ok', async () => {
  // Several audits send variables to `__type`, and outside Development introspection needs an authenticated
  // caller: the audit runs as the seeded partner client, every request carrying its token (docs/auth.md).
  const token = await partnerToken();
  const fetchFn = (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const results = await auditServer({ url: graphqlUrl(), fetchFn });
  const failures = results.filter((result) => result.status !== 'ok');
  for (const failure of failures) {
    console.error(describe(failure));
  }

  assert.ok(results.length > 50, `expected the full audit list, got ${results.length} results`);
  assert.deepEqual(failures.map(describe), []);
});

test('a mutation over GET is refused with 405 and Allow: POST', async () => {
  const url = new URL(graphqlUrl());
  url.searchParams.set('query', 'mutation { __typename }');
  const response = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });

  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'POST');
});

test('the API schema answers { apiVersion } over GET and POST', async () => {
  const url = new URL(graphqlUrl());
  url.searchParams.set('query', '{ apiVersion }');
  const get = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
  const post = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: '{ apiVersion }' }),
  });

  for (const response of [get, post]) {
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/graphql-response\+json/);
    const body = await response.json();
    assert.equal(typeof body.data.apiVersion, 'string');
    assert.equal(body.errors, undefined);
  }
});

test('an oversized body gets 413 with a GraphQL error', async () => {
  const padding = 'x'.repeat(300 * 1024);
  const response = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: '{ apiVersion }', variables: { padding } }),
  });

  assert.equal(response.status, 413);
  const body = await response.json();
  assert.equal(body.errors[0].extensions.code, 'HTTP_REQUEST_TOO_LARGE');
});

test('responses are compressed when the client accepts gzip', async () => {
  // Outside Development, introspection needs an authenticated caller (docs/auth.md).
  const response = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', authorization: `Bearer ${await partnerToken()}` },
    body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
  });

  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-encoding'), 'gzip');
  const body = await response.json();
  assert.ok(body.data.__schema.types.length > 0);
});

test('malformed JSON, a wrong content type and an array without batching are refused', async () => {
  const post = (body, contentType = 'application/json') => fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body,
  });

  const malformed = await post('{ "not a JSON');
  assert.equal(malformed.status, 400);
  assert.equal((await malformed.json()).errors[0].extensions.code, 'HTTP_JSON_INVALID');

  const textPlain = await post(JSON.stringify({ query: '{ apiVersion }' }), 'text/plain');
  assert.equal(textPlain.status, 415);

  const batch = await post(JSON.stringify([{ query: '{ apiVersion }' }]));
  assert.equal(batch.status, 400);
  assert.equal((await batch.json()).errors[0].extensions.code, 'HTTP_BATCHING_INVALID');
});

test('an Accept header with nothing we write gets 406', async () => {
  const response = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/xml' },
    body: JSON.stringify({ query: '{ apiVersion }' }),
  });

  assert.equal(response.status, 406);
});
