// Authentication on every transport against the running API: a bearer token in the HTTP header, in the
// WebSocket connection_init payload (or the upgrade request's header), and on the graphql-sse request. An
// invalid token in connection_init closes the socket with 4403 Forbidden.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiUrl, partnerToken } from './lib/api.mjs';
import { openSocket } from './lib/ws-socket.mjs';

const graphqlUrl = () => `${apiUrl()}/graphql`;

function post(body, headers = {}) {
  return fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
}

async function revoke(token) {
  const response = await fetch(`${apiUrl()}/oauth/revoke`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('partner-demo:partner-demo-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `token=${encodeURIComponent(token)}`,
  });
  assert.equal(response.status, 200);
}

/** The token with its signature's first character changed: well-formed, signed by no one. */
function tampered(token) {
  const [header, payload, signature] = token.split('.');
  return `${header}.${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
}

describe('HTTP', () => {
  it('viewer without a token is null with AUTH_NOT_AUTHENTICATED; with one it is the partner client', async () => {
    const anonymous = await (await post({ query: '{ viewer { clientId } }' })).json();
    assert.equal(anonymous.data.viewer, null);
    assert.equal(anonymous.errors[0].extensions.code, 'AUTH_NOT_AUTHENTICATED');

    const signed = await (await post({ query: '{ viewer { clientId organization { name kind } } }' }, { authorization: `Bearer ${await partnerToken()}` })).json();
    assert.deepEqual(signed, { data: { viewer: { clientId: 'partner-demo', organization: { name: 'Northwind Partners', kind: 'PARTNER' } } } });
  });

  it('a bad token is 401 with error="invalid_token", not an anonymous request', async () => {
    const response = await post({ query: '{ apiVersion }' }, { authorization: `Bearer ${tampered(await partnerToken())}` });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="ktportal", error="invalid_token"');
  });

  it('every response announces the rate limit', async () => {
    const response = await post({ query: '{ apiVersion }' });
    assert.equal(response.status, 200);
    for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-used', 'x-ratelimit-reset']) {
      assert.match(response.headers.get(name) ?? '', /^\d+$/, name);
    }
  });
});

describe('WebSocket', () => {
  it('closes with 4403 on a connection_init whose token is not valid', async () => {
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${tampered(await partnerToken())}` } });
    assert.deepEqual(await socket.closed, { code: 4403, reason: 'Forbidden' });
  });

  it('closes with 4403 on a connection_init with a revoked token', async () => {
    const token = await partnerToken();
    await revoke(token);
    const socket = await openSocket();
    socket.send({ type: 'connection_init', payload: { token } });
    assert.deepEqual(await socket.closed, { code: 4403, reason: 'Forbidden' });
  });

  it('authenticates every operation from connection_init {"authorization": "Bearer ..."} or {"token": ...}', async () => {
    const token = await partnerToken();
    for (const payload of [{ authorization: `Bearer ${token}` }, { token }]) {
      const socket = await openSocket();
      socket.send({ type: 'connection_init', payload });
      await socket.receiveType('connection_ack');
      socket.send({ id: '1', type: 'subscribe', payload: { query: '{ viewer { clientId } }' } });
      assert.deepEqual((await socket.receiveType('next')).payload, { data: { viewer: { clientId: 'partner-demo' } } });
      await socket.close();
    }
  });

  it('takes the caller from the upgrade request\'s Authorization header', async () => {
    const socket = await openSocket(undefined, { headers: { authorization: `Bearer ${await partnerToken()}` } });
    socket.send({ type: 'connection_init' });
    await socket.receiveType('connection_ack');
    socket.send({ id: '1', type: 'subscribe', payload: { query: '{ viewer { clientId } }' } });
    assert.deepEqual((await socket.receiveType('next')).payload, { data: { viewer: { clientId: 'partner-demo' } } });
    await socket.close();
  });

  it('refuses an upgrade whose Authorization header holds a bad token with 401', async () => {
    await assert.rejects(
      openSocket(undefined, { headers: { authorization: 'Bearer not-a-token' } }),
      (error) => error.statusCode === 401,
    );
  });
});

describe('server-sent events', () => {
  it('takes the caller from the Authorization header', async () => {
    const response = await fetch(graphqlUrl(), {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${await partnerToken()}` },
      body: JSON.stringify({ query: '{ viewer { clientId } }' }),
    });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /event: next\ndata: \{"data":\{"viewer":\{"clientId":"partner-demo"\}\}\}/);
  });
});
