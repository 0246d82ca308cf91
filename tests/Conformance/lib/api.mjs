// The running API that the network suites talk to. `./portal test` starts it and exports KT_API_URL;
// a suite run without it fails at once instead of testing nothing.

/**
 * The API's base URL (no trailing slash), from KT_API_URL.
 * @returns {string}
 */
export function apiUrl() {
  const value = process.env.KT_API_URL;
  if (!value) {
    throw new Error(
      'KT_API_URL is not set: run this suite through `./portal test`, or start the API in the Testing '
        + 'environment with the demo seed (see docs/conformance.md) and set KT_API_URL=http://127.0.0.1:<port>.',
    );
  }

  return value.replace(/\/+$/, '');
}

/**
 * A client-credentials access token of the seeded `partner-demo` client (partner Northwind), for the suites that
 * act as an authenticated caller: outside Development, introspection needs one.
 * @returns {Promise<string>}
 */
export async function partnerToken() {
  const response = await fetch(`${apiUrl()}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('partner-demo:partner-demo-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (response.status !== 200) throw new Error(`the token endpoint answered ${response.status}: ${await response.text()}`);
  return (await response.json()).access_token;
}
