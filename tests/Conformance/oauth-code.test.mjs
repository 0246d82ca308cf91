// The authorization code flow with PKCE against openid-client (v6) and oauth4webapi: the login form is driven over
// HTTP (lib/browser-session.mjs), the code is exchanged and refreshed by openid-client, the ID token is validated
// by it, and the access token by oauth4webapi.validateJwtAccessToken. The Testing seed (src/Api/Seed/DemoSeed.cs)
// gives admin@kre8ivtech.test a known TOTP key and recovery codes, and registers a third-party client. The suite
// uses up a recovery code and TOTP steps, so it expects the fresh database `./portal test` gives it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as client from 'openid-client';
import * as oauth from 'oauth4webapi';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { apiUrl } from './lib/api.mjs';
import { BrowserSession, hiddenFields, totp } from './lib/browser-session.mjs';

const AUDIENCE = 'ktportal-api';
const SPA = 'portal-spa';
const THIRD_PARTY = 'conformance-third-party';
const REDIRECT_URI = 'http://127.0.0.1:5173/callback';
const PASSWORD = 'demo-password-1';
const TOTP_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SCOPE = 'openid profile email api:read';

const insecure = { execute: [client.allowInsecureRequests] };

async function configuration(clientId = SPA) {
  return client.discovery(new URL(apiUrl()), clientId, undefined, client.None(), insecure);
}

async function authorizationServer() {
  const issuer = new URL(apiUrl());
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', [oauth.allowInsecureRequests]: true });
  return oauth.processDiscoveryResponse(issuer, response);
}

function validateAccessToken(as, token) {
  const request = new Request(`${apiUrl()}/graphql`, { headers: { authorization: `Bearer ${token}` } });
  return oauth.validateJwtAccessToken(as, request, AUDIENCE, { [oauth.allowInsecureRequests]: true, [oauth.jwksCache]: {} });
}

async function pkce() {
  const verifier = client.randomPKCECodeVerifier();
  return { verifier, challenge: await client.calculatePKCECodeChallenge(verifier) };
}

// Signs in through the pages and returns the callback URL the server redirected to. A TOTP step is used at most
// once per user, so each two-factor sign-in waits for a step no earlier sign-in used.
let lastStep = 0;
async function signIn(authorizeUrl, { email = 'owner@acme.test', secondFactor, consent = 'allow', browser = new BrowserSession() } = {}) {
  let response = await browser.request(authorizeUrl);
  assert.equal(response.status, 302);
  let location = new URL(response.headers.get('location'), apiUrl());
  if (location.pathname === '/oauth/login') {
    const page = await browser.request(location);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /^text\/html/);
    const fields = hiddenFields(await page.text());
    response = await browser.post('/oauth/login', { ...fields, email, password: PASSWORD });
    assert.equal(response.status, 302, 'the login form answers with a redirect');
    location = new URL(response.headers.get('location'), apiUrl());
    if (location.pathname === '/oauth/login/two-factor') {
      const twoFactorPage = await browser.request(location);
      const twoFactorFields = hiddenFields(await twoFactorPage.text());
      const answer = secondFactor ? secondFactor() : { code: await freshTotp() };
      response = await browser.post('/oauth/login/two-factor', { ...twoFactorFields, ...answer });
      assert.equal(response.status, 302, 'the two-factor form answers with a redirect');
      location = new URL(response.headers.get('location'), apiUrl());
    }

    response = await browser.request(location);
    assert.equal(response.status, response.status === 200 ? 200 : 302);
    if (response.status === 302) {
      location = new URL(response.headers.get('location'));
    }
  }

  if (response.status === 200) {
    // The consent page of a third-party client.
    const fields = hiddenFields(await response.text());
    response = await browser.post('/oauth/authorize/consent', { ...fields, decision: consent });
    assert.equal(response.status, 302);
    location = new URL(response.headers.get('location'));
  }

  return { callback: location, browser };
}

async function freshTotp() {
  let step = Math.floor(Date.now() / 30000);
  while (step <= lastStep) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    step = Math.floor(Date.now() / 30000);
  }

  lastStep = step;
  return totp(TOTP_KEY, step);
}

async function authorize(config, extra = {}) {
  const { verifier, challenge } = await pkce();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: SCOPE,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { url, verifier, state, nonce };
}

async function codeFlow(options = {}) {
  const config = await configuration(options.clientId);
  const request = await authorize(config);
  const { callback, browser } = await signIn(request.url, options);
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: request.verifier,
    expectedState: request.state,
    expectedNonce: request.nonce,
    idTokenExpected: true,
  });
  return { config, request, callback, tokens, browser };
}

test('code flow with PKCE: login form, code with state and iss, ID token and RFC 9068 access token', async () => {
  const { request, callback, tokens } = await codeFlow();
  assert.equal(callback.origin + callback.pathname, REDIRECT_URI);
  assert.equal(callback.searchParams.get('state'), request.state);
  assert.equal(callback.searchParams.get('iss'), apiUrl());

  const idClaims = tokens.claims();
  assert.equal(idClaims.iss, apiUrl());
  assert.equal(idClaims.aud, SPA);
  assert.equal(idClaims.nonce, request.nonce);
  assert.equal(idClaims.email, 'owner@acme.test');
  assert.deepEqual(idClaims.amr, ['pwd']);
  assert.equal(typeof idClaims.auth_time, 'number');
  assert.equal(JSON.parse(Buffer.from(tokens.id_token.split('.')[0], 'base64url')).alg, 'RS256');

  const claims = await validateAccessToken(await authorizationServer(), tokens.access_token);
  assert.equal(claims.sub, idClaims.sub);
  assert.equal(claims.client_id, SPA);
  assert.equal(claims.scope, SCOPE);
  assert.deepEqual(claims.roles, ['OWNER']);
  assert.equal(claims.exp - claims.iat, 900, 'the SPA gets 15-minute access tokens');
  assert.ok(tokens.refresh_token);
});

test('two-factor sign-in with a TOTP code: amr names both factors; the same code is refused the second time', async () => {
  const { tokens } = await codeFlow({ email: 'admin@kre8ivtech.test' });
  assert.deepEqual([...tokens.claims().amr].sort(), ['otp', 'pwd']);

  // The code of the step just used, at once again: refused, and the form is shown again.
  const config = await configuration();
  const request = await authorize(config);
  const browser = new BrowserSession();
  let response = await browser.request(request.url);
  const login = await browser.request(new URL(response.headers.get('location'), apiUrl()));
  response = await browser.post('/oauth/login', { ...hiddenFields(await login.text()), email: 'admin@kre8ivtech.test', password: PASSWORD });
  const twoFactor = await browser.request(new URL(response.headers.get('location'), apiUrl()));
  response = await browser.post('/oauth/login/two-factor', { ...hiddenFields(await twoFactor.text()), code: totp(TOTP_KEY, lastStep) });
  assert.equal(response.status, 200);
  assert.match(await response.text(), /incorrect or was already used/);
});

test('userinfo answers for an openid access token with the scoped claims', async () => {
  const { config, tokens } = await codeFlow();
  const info = await client.fetchUserInfo(config, tokens.access_token, tokens.claims().sub);
  assert.equal(info.email, 'owner@acme.test');
  assert.equal(info.name, 'Olivia Owner');
});

test('refresh rotates the token; a replay of a superseded token revokes the whole family', async () => {
  const { config, tokens } = await codeFlow();
  const first = await client.refreshTokenGrant(config, tokens.refresh_token);
  assert.notEqual(first.refresh_token, tokens.refresh_token);
  const second = await client.refreshTokenGrant(config, first.refresh_token);
  assert.ok(second.access_token);

  // The first refresh token's successor has been used since: a replay of it cannot be a concurrent retry, so the
  // grace period does not apply (src/Api/OAuth/Endpoints/RefreshTokenGrant.cs) and the family is revoked at once.
  await assert.rejects(client.refreshTokenGrant(config, tokens.refresh_token), (error) => error.error === 'invalid_grant');
  await assert.rejects(client.refreshTokenGrant(config, second.refresh_token), (error) => error.error === 'invalid_grant');

  const response = await fetch(`${apiUrl()}/oauth/userinfo`, { headers: { authorization: `Bearer ${second.access_token}` } });
  assert.equal(response.status, 401, 'the family\'s access tokens are revoked with it');
});

test('two concurrent refreshes with one token both succeed in the same family', async () => {
  const { config, tokens } = await codeFlow();
  const [a, b] = await Promise.all([
    client.refreshTokenGrant(config, tokens.refresh_token),
    client.refreshTokenGrant(config, tokens.refresh_token),
  ]);
  assert.notEqual(a.refresh_token, b.refresh_token);
  const next = await client.refreshTokenGrant(config, a.refresh_token);
  assert.ok(next.access_token);
});

test('a code used twice is refused, and the tokens issued from it are revoked', async () => {
  const { config, request, callback, tokens } = await codeFlow();
  await assert.rejects(
    client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state, expectedNonce: request.nonce }),
    (error) => error.error === 'invalid_grant',
  );
  const response = await fetch(`${apiUrl()}/oauth/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
  assert.equal(response.status, 401);
  await assert.rejects(client.refreshTokenGrant(config, tokens.refresh_token), (error) => error.error === 'invalid_grant');
});

test('a redirect_uri different from the authorization request\'s is invalid_grant', async () => {
  const config = await configuration();
  const request = await authorize(config);
  const { callback } = await signIn(request.url);
  const response = await fetch(`${apiUrl()}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: SPA,
      code: callback.searchParams.get('code'),
      code_verifier: request.verifier,
      redirect_uri: 'http://127.0.0.1:5173/other',
    }),
  });
  assert.equal(response.status, 400);
  assert.deepEqual(await response.json(), { error: 'invalid_grant' });
});

test('plain PKCE and missing PKCE are invalid_request, sent back to the registered redirect URI', async () => {
  const config = await configuration();
  const { verifier } = await pkce();
  for (const extra of [{ code_challenge: verifier, code_challenge_method: 'plain' }, { code_challenge: undefined, code_challenge_method: undefined }]) {
    const request = await authorize(config, extra);
    for (const [name, value] of Object.entries(extra)) {
      if (value === undefined) request.url.searchParams.delete(name);
    }

    const response = await fetch(request.url, { redirect: 'manual' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location'));
    assert.equal(location.origin + location.pathname, REDIRECT_URI);
    assert.equal(location.searchParams.get('error'), 'invalid_request');
    assert.equal(location.searchParams.get('state'), request.state);
    assert.equal(location.searchParams.get('iss'), apiUrl());
  }
});

test('response_type other than code is unsupported_response_type', async () => {
  const config = await configuration();
  const request = await authorize(config, { response_type: 'token' });
  const response = await fetch(request.url, { redirect: 'manual' });
  const location = new URL(response.headers.get('location'));
  assert.equal(location.searchParams.get('error'), 'unsupported_response_type');
});

test('an unregistered redirect_uri gets an error page, never a redirect', async () => {
  const config = await configuration();
  for (const redirect of ['https://attacker.example/callback', 'http://127.0.0.1:5173/callback/', 'http://127.0.0.1:5174/callback']) {
    const request = await authorize(config, { redirect_uri: redirect });
    const response = await fetch(request.url, { redirect: 'manual' });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('location'), null);
    assert.match(response.headers.get('content-type'), /^text\/html/);
  }
});

test('grant_type=password is unsupported_grant_type for the SPA too', async () => {
  const response = await fetch(`${apiUrl()}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: SPA, username: 'owner@acme.test', password: PASSWORD }),
  });
  assert.equal(response.status, 400);
  assert.deepEqual(await response.json(), { error: 'unsupported_grant_type' });
});

test('a third-party client shows a consent page; denying returns access_denied', async () => {
  const config = await configuration(THIRD_PARTY);
  const request = await authorize(config);
  const { callback } = await signIn(request.url, { consent: 'deny' });
  assert.equal(callback.searchParams.get('error'), 'access_denied');
  assert.equal(callback.searchParams.get('state'), request.state);

  const allowed = await codeFlow({ clientId: THIRD_PARTY });
  assert.equal(allowed.tokens.claims().aud, THIRD_PARTY);
});

test('a recovery code signs in once, and only once', async () => {
  const recovery = () => ({ recoveryCode: 'TESTR-CODE1' });
  const { tokens } = await codeFlow({ email: 'admin@kre8ivtech.test', secondFactor: recovery });
  assert.ok(tokens.access_token);

  const config = await configuration();
  const request = await authorize(config);
  await assert.rejects(signIn(request.url, { email: 'admin@kre8ivtech.test', secondFactor: recovery }), /two-factor form answers with a redirect/);
});

test('logout clears the login cookie and redirects only to a registered post_logout_redirect_uri', async () => {
  const { browser } = await codeFlow();
  let response = await browser.request('/oauth/logout?client_id=portal-spa&post_logout_redirect_uri=https%3A%2F%2Fattacker.example%2F');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('location'), null);

  const second = await codeFlow();
  response = await second.browser.request(
    `/oauth/logout?client_id=portal-spa&state=s1&post_logout_redirect_uri=${encodeURIComponent('http://127.0.0.1:5173/')}`,
  );
  assert.equal(response.status, 302);
  assert.equal(response.headers.get('location'), 'http://127.0.0.1:5173/?state=s1');
  assert.ok(!second.browser.cookieNames().includes('ktportal.login'));

  // Signed out: the next authorization request goes to the login page again.
  const request = await authorize(second.config);
  response = await second.browser.request(request.url);
  assert.equal(new URL(response.headers.get('location'), apiUrl()).pathname, '/oauth/login');
});

test('headless Chromium with JavaScript off signs in through the login page and lands on the callback', { timeout: 120_000 }, async () => {
  const executablePath = '/usr/bin/chromium';
  assert.ok(existsSync(executablePath), `${executablePath} is missing: ./portal test installs the Debian package "chromium"`);
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Nothing listens on the SPA's address: the browser's request for the callback is all the test needs.
    const config = await configuration();
    const request = await authorize(config);
    await page.goto(request.url.href);
    assert.equal(await page.title(), 'Sign in · KtPortal');
    await page.fill('#email', 'member@acme.test');
    await page.fill('#password', PASSWORD);
    const [callbackRequest] = await Promise.all([
      page.waitForRequest((r) => r.url().startsWith(REDIRECT_URI)),
      page.click('button[type=submit]', { noWaitAfter: true }),
    ]);
    const callback = new URL(callbackRequest.url());

    assert.equal(callback.searchParams.get('state'), request.state);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
    });
    assert.equal(tokens.claims().email, 'member@acme.test');
    const cookies = await context.cookies(`${apiUrl()}/oauth/authorize`);
    assert.equal((await context.cookies(`${apiUrl()}/graphql`)).find((cookie) => cookie.name === 'ktportal.login'), undefined);
    const login = cookies.find((cookie) => cookie.name === 'ktportal.login');
    assert.ok(login, 'the login cookie is set');
    assert.equal(login.path, '/oauth');
    assert.equal(login.httpOnly, true);
    assert.equal(login.sameSite, 'Lax');
  } finally {
    await browser.close();
  }
});
