// The OAuth 2.1 authorization server against two independent client libraries: openid-client (v6) drives
// discovery, client credentials, introspection and revocation; oauth4webapi's validateJwtAccessToken checks
// that our access tokens are RFC 9068 JWTs, verified with the keys from our JWKS. The demo and Testing seed
// provide the clients (src/Api/Seed/DemoSeed.cs).
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { test } from 'node:test';
import * as client from 'openid-client';
import * as oauth from 'oauth4webapi';
import { apiUrl } from './lib/api.mjs';

const AUDIENCE = 'ktportal-api';
const PARTNER = { id: 'partner-demo', secret: 'partner-demo-secret' };
const SHORT_LIVED = { id: 'conformance-short-lived', secret: 'partner-demo-secret' };
const ES256 = { id: 'conformance-es256', secret: 'partner-demo-secret' };

const issuerUrl = () => new URL(apiUrl());

async function configuration({ id, secret }, auth = client.ClientSecretPost(secret)) {
  return client.discovery(issuerUrl(), id, undefined, auth, { execute: [client.allowInsecureRequests] });
}

async function authorizationServer(algorithm = 'oauth2') {
  const issuer = issuerUrl();
  const response = await oauth.discoveryRequest(issuer, { algorithm, [oauth.allowInsecureRequests]: true });
  return oauth.processDiscoveryResponse(issuer, response);
}

// Each validation gets its own JWKS cache, so a test never passes on keys another test fetched.
function validate(as, token, extra = {}) {
  const request = new Request(`${apiUrl()}/graphql`, { headers: { authorization: `Bearer ${token}` } });
  return oauth.validateJwtAccessToken(as, request, AUDIENCE, {
    [oauth.allowInsecureRequests]: true,
    [oauth.jwksCache]: {},
    ...extra,
  });
}

async function tokenFor(credentials, parameters = {}) {
  const config = await configuration(credentials);
  return client.clientCredentialsGrant(config, parameters);
}

function decodeJson(part) {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

function encodeJson(value) {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

async function postForm(path, body, headers = {}) {
  return fetch(`${apiUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
  });
}

function basic({ id, secret }) {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}

async function introspect(credentials, token) {
  return client.tokenIntrospection(await configuration(credentials), token);
}

test('discovery: RFC 8414 and OpenID Connect documents, through oauth4webapi and openid-client', async () => {
  for (const algorithm of ['oauth2', 'oidc']) {
    const as = await authorizationServer(algorithm);
    assert.equal(as.issuer, apiUrl());
    assert.equal(as.token_endpoint, `${apiUrl()}/oauth/token`);
    assert.equal(as.jwks_uri, `${apiUrl()}/.well-known/jwks.json`);
    assert.equal(as.introspection_endpoint, `${apiUrl()}/oauth/introspect`);
    assert.equal(as.revocation_endpoint, `${apiUrl()}/oauth/revoke`);
    assert.deepEqual(as.code_challenge_methods_supported, ['S256']);
    assert.equal(as.authorization_response_iss_parameter_supported, true);
    assert.deepEqual(as.grant_types_supported, ['authorization_code', 'refresh_token', 'client_credentials']);
    assert.deepEqual(as.token_endpoint_auth_methods_supported, ['client_secret_basic', 'client_secret_post', 'none']);
    assert.deepEqual(as.response_types_supported, ['code']);
    assert.equal(as.authorization_endpoint, `${apiUrl()}/oauth/authorize`);
    assert.ok(as.access_token_signing_alg_values_supported.includes('RS256'));
    assert.ok(as.access_token_signing_alg_values_supported.includes('ES256'));
  }

  const config = await configuration(PARTNER);
  assert.equal(config.serverMetadata().issuer, apiUrl());
});

test('JWKS publishes RS256 and ES256 public keys, and no private key material', async () => {
  const response = await fetch(`${apiUrl()}/.well-known/jwks.json`);
  assert.equal(response.status, 200);
  const { keys } = await response.json();
  const rsa = keys.find((key) => key.alg === 'RS256');
  const ec = keys.find((key) => key.alg === 'ES256');
  assert.equal(rsa.kty, 'RSA');
  assert.equal(ec.kty, 'EC');
  assert.equal(ec.crv, 'P-256');
  for (const key of keys) {
    assert.equal(key.use, 'sig');
    assert.ok(key.kid);
    for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
      assert.equal(key[secret], undefined, `JWK ${key.kid} has private member ${secret}`);
    }
  }
});

test('client_credentials with openid-client, Basic and post, and the token passes validateJwtAccessToken', async () => {
  const as = await authorizationServer();
  for (const auth of [client.ClientSecretBasic(PARTNER.secret), client.ClientSecretPost(PARTNER.secret)]) {
    const config = await configuration(PARTNER, auth);
    const tokens = await client.clientCredentialsGrant(config, { scope: 'api:read' });
    assert.equal(tokens.token_type.toLowerCase(), 'bearer');
    assert.equal(tokens.scope, 'api:read');
    assert.ok(tokens.expires_in > 3500 && tokens.expires_in <= 3600);

    const header = decodeJson(tokens.access_token.split('.')[0]);
    assert.equal(header.typ, 'at+jwt');
    assert.equal(header.alg, 'RS256');

    const claims = await validate(as, tokens.access_token);
    assert.equal(claims.iss, apiUrl());
    assert.equal(claims.aud, AUDIENCE);
    assert.equal(claims.client_id, PARTNER.id);
    assert.equal(claims.sub, PARTNER.id);
    assert.equal(claims.scope, 'api:read');
    assert.equal(typeof claims.jti, 'string');
    assert.equal(claims.exp - claims.iat, 3600);
    assert.match(claims.org_id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(claims.roles, ['PARTNER_ADMIN']);
  }
});

test('a client configured for ES256 gets ES256 tokens that validateJwtAccessToken accepts', async () => {
  const tokens = await tokenFor(ES256);
  assert.equal(decodeJson(tokens.access_token.split('.')[0]).alg, 'ES256');
  const claims = await validate(await authorizationServer(), tokens.access_token);
  assert.equal(claims.client_id, ES256.id);
});

test('token responses are JSON and never cached', async () => {
  const response = await postForm('/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(PARTNER) });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  assert.equal(response.headers.get('cache-control'), 'no-store');
});

test('introspection: active with the token\'s claims, then inactive after revocation', async () => {
  const config = await configuration(PARTNER);
  const { access_token: token } = await client.clientCredentialsGrant(config, {});

  const active = await client.tokenIntrospection(config, token);
  assert.equal(active.active, true);
  assert.equal(active.client_id, PARTNER.id);
  assert.equal(active.scope, 'api:read api:write');
  assert.equal(active.token_type, 'Bearer');
  assert.equal(active.iss, apiUrl());

  await client.tokenRevocation(config, token);

  const revoked = await client.tokenIntrospection(config, token);
  assert.deepEqual(revoked, { active: false });
  // Revoking again, or revoking garbage, is still a 200 (RFC 7009 §2.2).
  await client.tokenRevocation(config, token);
  await client.tokenRevocation(config, 'not-a-token');
});

test('a client cannot introspect or revoke another client\'s token', async () => {
  const { access_token: token } = await tokenFor(PARTNER);

  assert.deepEqual(await introspect(ES256, token), { active: false });
  await client.tokenRevocation(await configuration(ES256), token);
  assert.equal((await introspect(PARTNER, token)).active, true);
});

test('grant_type=password and implicit are unsupported_grant_type', async () => {
  for (const grantType of ['password', 'implicit', 'urn:example:unknown']) {
    const response = await postForm('/oauth/token', { grant_type: grantType, username: 'admin@kre8ivtech.test', password: 'x' }, {
      authorization: basic(PARTNER),
    });
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'unsupported_grant_type' });
  }

  const config = await configuration(PARTNER);
  await assert.rejects(
    client.genericGrantRequest(config, 'password', { username: 'admin@kre8ivtech.test', password: 'demo-password-1' }),
    (error) => error.error === 'unsupported_grant_type' && error.status === 400,
  );
});

test('a wrong secret is invalid_client with 401 and a Basic challenge, through openid-client and raw HTTP', async () => {
  await assert.rejects(tokenFor({ id: PARTNER.id, secret: 'wrong-secret' }), (error) => {
    // openid-client surfaces the 401's challenge, or the body's error code.
    const status = error.status ?? error.response?.status;
    return status === 401 && (error.error === 'invalid_client' || error instanceof client.WWWAuthenticateChallengeError);
  });

  for (const [body, headers] of [
    [{ grant_type: 'client_credentials' }, { authorization: basic({ id: PARTNER.id, secret: 'wrong' }) }],
    [{ grant_type: 'client_credentials', client_id: PARTNER.id, client_secret: 'wrong' }, {}],
    [{ grant_type: 'client_credentials', client_id: 'no-such-client', client_secret: 'x' }, {}],
    [{ grant_type: 'client_credentials' }, {}],
  ]) {
    const response = await postForm('/oauth/token', body, headers);
    assert.equal(response.status, 401);
    assert.match(response.headers.get('www-authenticate'), /^Basic /);
    assert.deepEqual(await response.json(), { error: 'invalid_client' });
  }
});

test('Basic and post together are invalid_request', async () => {
  const response = await postForm('/oauth/token', { grant_type: 'client_credentials', client_secret: PARTNER.secret }, {
    authorization: basic(PARTNER),
  });
  assert.equal(response.status, 400);
  assert.equal((await response.json()).error, 'invalid_request');
});

test('a public client on client_credentials is unauthorized_client', async () => {
  const response = await postForm('/oauth/token', { grant_type: 'client_credentials', client_id: 'portal-spa' });
  assert.equal(response.status, 400);
  assert.deepEqual(await response.json(), { error: 'unauthorized_client' });
});

test('a scope beyond the client\'s is invalid_scope', async () => {
  await assert.rejects(
    tokenFor(PARTNER, { scope: 'api:read admin' }),
    (error) => error.error === 'invalid_scope' && error.status === 400,
  );
});

test('a tampered token is rejected by validateJwtAccessToken and by introspection', async () => {
  const { access_token: token } = await tokenFor(PARTNER);
  const [header, payload, signature] = token.split('.');
  const claims = decodeJson(payload);
  const tampered = [header, encodeJson({ ...claims, scope: 'api:read api:write admin' }), signature].join('.');

  await assert.rejects(validate(await authorizationServer(), tampered), /signature/i);
  assert.deepEqual(await introspect(PARTNER, tampered), { active: false });
});

test('an alg:none token is rejected by validateJwtAccessToken and by introspection', async () => {
  const { access_token: token } = await tokenFor(PARTNER);
  const [header, payload] = token.split('.');
  const unsigned = [encodeJson({ ...decodeJson(header), alg: 'none' }), payload, ''].join('.');

  await assert.rejects(validate(await authorizationServer(), unsigned));
  assert.deepEqual(await introspect(PARTNER, unsigned), { active: false });
});

test('an expired token is rejected by validateJwtAccessToken and by introspection', async () => {
  const as = await authorizationServer();
  const { access_token: token } = await tokenFor(PARTNER);
  // Two hours on the verifier's clock: past exp, beyond any tolerance.
  await assert.rejects(validate(as, token, { [oauth.clockSkew]: 7200, [oauth.clockTolerance]: 0 }), /exp|expired/i);

  // The short-lived client's tokens live three seconds (two to three, as iat is whole seconds); wait for one to
  // expire on the server's own clock.
  const { access_token: brief } = await tokenFor(SHORT_LIVED);
  assert.equal((await introspect(SHORT_LIVED, brief)).active, true);
  await delay(3100);
  assert.deepEqual(await introspect(SHORT_LIVED, brief), { active: false });
  await assert.rejects(validate(as, brief, { [oauth.clockTolerance]: 0 }), /exp|expired/i);
});

test('introspection and revocation demand client authentication', async () => {
  for (const path of ['/oauth/introspect', '/oauth/revoke']) {
    const response = await postForm(path, { token: 'x' });
    assert.equal(response.status, 401);
    assert.equal((await response.json()).error, 'invalid_client');
  }
});
