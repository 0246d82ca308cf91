// graphql-transport-ws against the running API: the graphql-ws client library, and raw sockets that provoke
// every close code of https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphqlWsUrl, openInitialisedSocket, openSocket, SUBPROTOCOL } from './lib/ws-socket.mjs';

function client() {
  return createClient({ url: graphqlWsUrl(), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

/** Every result of one operation, or the error the sink received. */
function collect(graphqlClient, payload) {
  return new Promise((resolve, reject) => {
    const results = [];
    graphqlClient.subscribe(payload, {
      next: (result) => results.push(result),
      error: reject,
      complete: () => resolve(results),
    });
  });
}

describe('graphql-ws client', () => {
  it('receives every event of a subscription, then completes', async () => {
    const graphqlClient = client();
    try {
      const results = await collect(graphqlClient, { query: 'subscription { serverTime(intervalMilliseconds: 10, count: 3) }' });
      assert.equal(results.length, 3);
      for (const result of results) {
        assert.equal(result.errors, undefined);
        assert.ok(!Number.isNaN(Date.parse(result.data.serverTime)), result.data.serverTime);
      }
    } finally {
      await graphqlClient.dispose();
    }
  });

  it('runs a query as one result', async () => {
    const graphqlClient = client();
    try {
      const results = await collect(graphqlClient, { query: '{ apiVersion }' });
      assert.equal(results.length, 1);
      assert.equal(typeof results[0].data.apiVersion, 'string');
    } finally {
      await graphqlClient.dispose();
    }
  });

  it('completes an endless subscription from the client and keeps the connection usable', async () => {
    const graphqlClient = client();
    try {
      const iterator = graphqlClient.iterate({ query: 'subscription { serverTime(intervalMilliseconds: 10) }' });
      const first = await iterator.next();
      const second = await iterator.next();
      assert.ok(first.value.data.serverTime <= second.value.data.serverTime);
      await iterator.return();

      const results = await collect(graphqlClient, { query: '{ apiVersion }' });
      assert.equal(results.length, 1);
    } finally {
      await graphqlClient.dispose();
    }
  });

  it('receives a subscription that cannot start as an error', async () => {
    const graphqlClient = client();
    try {
      await assert.rejects(
        collect(graphqlClient, { query: 'subscription { serverTime(intervalMilliseconds: 1) }' }),
        (errors) => Array.isArray(errors) && errors[0].extensions.code === 'ARGUMENT_INVALID',
      );
    } finally {
      await graphqlClient.dispose();
    }
  });

  it('receives a validation failure as an error', async () => {
    const graphqlClient = client();
    try {
      await assert.rejects(
        collect(graphqlClient, { query: '{ noSuchField }' }),
        (errors) => Array.isArray(errors) && errors[0].extensions.code === 'VALIDATION_FAILED',
      );
    } finally {
      await graphqlClient.dispose();
    }
  });
});

describe('raw socket', () => {
  it('answers ping with pong, echoing the payload', async () => {
    const socket = await openSocket();
    socket.send({ type: 'ping', payload: { n: 1 } });
    assert.deepEqual(await socket.receive(), { type: 'pong', payload: { n: 1 } });
    await socket.close();
  });

  it('refuses a handshake without graphql-transport-ws with 400', async () => {
    await assert.rejects(openSocket('graphql-ws'), { statusCode: 400 });
    await assert.rejects(openSocket([]), { statusCode: 400 });
  });

  it('picks graphql-transport-ws among several subprotocols', async () => {
    const socket = await openSocket(['graphql-ws', SUBPROTOCOL]);
    assert.equal(socket.protocol, SUBPROTOCOL);
    await socket.close();
  });

  it('closes with 4400 on a message that is not JSON', async () => {
    const socket = await openInitialisedSocket();
    socket.send('{not json');
    const { code, reason } = await socket.closed;
    assert.equal(code, 4400);
    assert.match(reason, /^Invalid message received/);
  });

  it('closes with 4400 on an unknown message type', async () => {
    const socket = await openInitialisedSocket();
    socket.send({ type: 'start', id: '1' });
    assert.equal((await socket.closed).code, 4400);
  });

  it('closes with 4400 on a subscribe without an id', async () => {
    const socket = await openInitialisedSocket();
    socket.send({ type: 'subscribe', payload: { query: '{ apiVersion }' } });
    assert.equal((await socket.closed).code, 4400);
  });

  it('closes with 4401 on a subscribe before the acknowledgement', async () => {
    const socket = await openSocket();
    socket.send({ id: '1', type: 'subscribe', payload: { query: '{ apiVersion }' } });
    assert.deepEqual(await socket.closed, { code: 4401, reason: 'Unauthorized' });
  });

  it('closes with 4408 when connection_init never comes', async () => {
    const socket = await openSocket();
    assert.deepEqual(await socket.closed, { code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('closes with 4409 on a second subscriber with an active id', async () => {
    const socket = await openInitialisedSocket();
    const subscribe = { id: 'dup', type: 'subscribe', payload: { query: 'subscription { serverTime(intervalMilliseconds: 10) }' } };
    socket.send(subscribe);
    await socket.receiveType('next');
    socket.send(subscribe);
    assert.deepEqual(await socket.closed, { code: 4409, reason: 'Subscriber for dup already exists' });
  });

  it('closes with 4429 on a second connection_init', async () => {
    const socket = await openInitialisedSocket();
    socket.send({ type: 'connection_init' });
    assert.deepEqual(await socket.closed, { code: 4429, reason: 'Too many initialisation requests' });
  });

  // The Testing environment's interceptor throws on this payload (src/Api/GraphQL/FaultInjectingConnectionInterceptor.cs):
  // an unexpected server failure must close the socket with 4500, not leave it hanging or ack it.
  it('closes with 4500 when the server fails while handling a message', async () => {
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: { testFault: 'internal' } });
    assert.deepEqual(await socket.closed, { code: 4500, reason: 'Internal server error' });
  });

  it('runs a query as one next, then complete', async () => {
    const socket = await openInitialisedSocket();
    socket.send({ id: 'q', type: 'subscribe', payload: { query: '{ apiVersion }' } });
    const next = await socket.receiveType('next');
    assert.equal(next.id, 'q');
    assert.equal(typeof next.payload.data.apiVersion, 'string');
    assert.deepEqual(await socket.receive(), { id: 'q', type: 'complete' });
    await socket.close();
  });
});
