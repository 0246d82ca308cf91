// graphql-sse in "distinct connections" mode against the running API, driven by graphql-sse's own client.
// https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md#distinct-connections-mode
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from 'graphql-sse';
import { apiUrl } from './lib/api.mjs';

const graphqlUrl = () => `${apiUrl()}/graphql`;

// Errors are answered at once: the client retries network errors only, and the API sends none.
const client = () => createClient({ url: graphqlUrl(), singleConnection: false, retryAttempts: 0 });

/** Every result of one operation, up to the server's `complete`. */
async function collect(request) {
  const sse = client();
  try {
    const results = [];
    for await (const result of sse.iterate(request)) {
      results.push(result);
    }

    return results;
  } finally {
    sse.dispose();
  }
}

test('a subscription delivers each event, then the server completes it', async () => {
  const results = await collect({ query: 'subscription { serverTime(intervalMilliseconds: 10, count: 3) }' });

  assert.equal(results.length, 3);
  for (const result of results) {
    assert.deepEqual(Object.keys(result), ['data']);
    assert.ok(!Number.isNaN(Date.parse(result.data.serverTime)), result.data.serverTime);
  }
});

test('a query is one next event, then complete', async () => {
  const results = await collect({ query: 'query Version { apiVersion }', operationName: 'Version' });

  assert.equal(results.length, 1);
  assert.equal(typeof results[0].data.apiVersion, 'string');
});

test('a validation error arrives as a next event on the accepted stream', async () => {
  const results = await collect({ query: '{ nope }' });

  assert.equal(results.length, 1);
  assert.equal(results[0].data, undefined);
  assert.equal(results[0].errors[0].extensions.code, 'VALIDATION_FAILED');
});

test('arguments out of range: the subscription fails before its first event', async () => {
  const results = await collect({ query: 'subscription { serverTime(intervalMilliseconds: 1) }' });

  assert.equal(results.length, 1);
  assert.equal(results[0].errors[0].extensions.code, 'ARGUMENT_INVALID');
});

test('the client completes an endless subscription by closing the stream', async () => {
  const sse = client();
  try {
    const iterator = sse.iterate({ query: 'subscription { serverTime(intervalMilliseconds: 10) }' });
    const received = [];
    for await (const result of iterator) {
      received.push(result);
      if (received.length === 2) {
        break; // returns the iterator, which aborts the request
      }
    }

    assert.equal(received.length, 2);
  } finally {
    sse.dispose();
  }
});

test('raw stream: content type, next events in the data field, complete with an empty data line', async () => {
  const response = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'subscription { serverTime(intervalMilliseconds: 10, count: 2) }' }),
  });

  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/event-stream/);
  const text = await response.text();
  const events = text.split('\n\n').filter((block) => block.length > 0 && !block.startsWith(':'));
  assert.equal(events.length, 3, text);
  assert.match(events[0], /^event: next\ndata: \{"data":\{"serverTime":"[^"]+"\}\}$/);
  assert.match(events[1], /^event: next\ndata: /);
  assert.equal(events[2], 'event: complete\ndata:');
});

test('GET works for subscriptions, and a mutation over GET is refused with 405', async () => {
  const url = new URL(graphqlUrl());
  url.searchParams.set('query', 'subscription { serverTime(intervalMilliseconds: 10, count: 1) }');
  const response = await fetch(url, { headers: { accept: 'text/event-stream' } });
  assert.equal(response.status, 200);
  assert.match(await response.text(), /event: complete/);

  const mutation = new URL(graphqlUrl());
  mutation.searchParams.set('query', 'mutation { __typename }');
  const refused = await fetch(mutation, { headers: { accept: 'text/event-stream' } });
  assert.equal(refused.status, 405);
  assert.equal(refused.headers.get('allow'), 'POST');
});

test('an unreadable body is refused with 400 and a JSON error, as graphql-sse servers do', async () => {
  const response = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
    body: '{"query":',
  });

  assert.equal(response.status, 400);
  const body = await response.json();
  assert.ok(body.errors[0].message.length > 0);
});
