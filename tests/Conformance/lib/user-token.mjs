// A signed-in user's access token, obtained as the portal SPA obtains it: the authorization code flow with PKCE
// (openid-client v6), the login form driven over HTTP (BrowserSession). For suites that act as a demo user who has
// no second factor (owner@acme.test, member@acme.test, owner@globex.test, agent@kre8ivtech.test, ...).
import * as client from 'openid-client';
import { apiUrl } from './api.mjs';
import { BrowserSession, hiddenFields } from './browser-session.mjs';

const SPA = 'portal-spa';
const REDIRECT_URI = 'http://127.0.0.1:5173/callback';
const PASSWORD = 'demo-password-1';

/**
 * Signs `email` in through /oauth/authorize and returns its access token.
 * @param {string} email a seeded demo user without two-factor
 * @param {string} scope the scopes to ask for
 * @returns {Promise<string>}
 */
export async function userToken(email, scope = 'openid api:read api:write') {
  const config = await client.discovery(new URL(apiUrl()), SPA, undefined, client.None(), { execute: [client.allowInsecureRequests] });
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });

  const browser = new BrowserSession();
  let response = await browser.request(url);
  let location = new URL(response.headers.get('location'), apiUrl());
  if (location.pathname !== '/oauth/login') throw new Error(`expected the login page, was sent to ${location}`);
  const page = await browser.request(location);
  response = await browser.post('/oauth/login', { ...hiddenFields(await page.text()), email, password: PASSWORD });
  if (response.status !== 302) throw new Error(`the login form answered ${response.status} for ${email}`);
  location = new URL(response.headers.get('location'), apiUrl());
  if (location.pathname.startsWith('/oauth/login/')) throw new Error(`${email} is asked for a second factor (${location.pathname})`);
  response = await browser.request(location);
  if (response.status !== 302) throw new Error(`the authorization endpoint answered ${response.status} after the login`);
  const callback = new URL(response.headers.get('location'));
  const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
  return tokens.access_token;
}
