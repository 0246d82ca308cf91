// The client portal's support flow against the running API, driven the way a frontend drives it: openid-client
// signs the users in (code flow with PKCE through the login form), graphql-ws carries the live updates. A client
// files a ticket and sees its place in the queue; staff answer it (a public reply and an internal note) and log
// time; the client watches "You've used N of 10 hours" change live and never sees the internal note.
// Needs the demo seed (`./portal test` loads it): Acme on "Basic Maintenance", which covers TROUBLESHOOTING.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { apiUrl } from './lib/api.mjs';
import { userToken } from './lib/user-token.mjs';
import { graphqlWsUrl } from './lib/ws-socket.mjs';

let client;
let staff;
let live;

before(async () => {
  client = await userToken('owner@acme.test');
  staff = await userToken('agent@kre8ivtech.test');
  live = createClient({
    url: graphqlWsUrl(),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${client}` },
  });
});

after(async () => {
  await live?.dispose();
});

async function gql(token, query, variables = {}) {
  const response = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, `GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Subscribes and returns a queue of the results, with a way to wait for the next one. */
function subscribe(query, variables = {}) {
  const results = [];
  const waiters = [];
  const stop = live.subscribe({ query, variables }, {
    next: (result) => (waiters.length ? waiters.shift()(result) : results.push(result)),
    error: (error) => waiters.splice(0).forEach((resolve) => resolve({ error })),
    complete: () => {},
  });
  return {
    next(timeoutMs = 15_000) {
      if (results.length) return Promise.resolve(results.shift());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms for ${query}`)), timeoutMs);
        waiters.push((result) => { clearTimeout(timer); resolve(result); });
      });
    },
    pending: () => results.splice(0),
    stop,
  };
}

const usageQuery = '{ planUsage { includedHours usedHours remainingHours periodStart periodEnd plan { name } } }';

test('a client files a ticket, sees its queue position, and watches plan usage change live while staff log time', async () => {
  const before = (await gql(client, usageQuery)).planUsage;
  assert.equal(before.plan.name, 'Basic Maintenance');
  assert.equal(Number(before.includedHours), 10);

  const usage = subscribe('subscription { planUsageChanged { usedHours includedHours remainingHours } }');

  const created = (await gql(client, `mutation File($input: CreateTicketInput!) {
      createTicket(input: $input) { ticket { id number status queuePosition } errors { __typename ... on Error { message code } } }
    }`, { input: { title: 'The contact form stopped sending', description: 'Since this morning nothing arrives.', type: 'TROUBLESHOOTING', priority: 'HIGH', category: 'technical' } })).createTicket;
  assert.equal(created.errors, null);
  const ticket = created.ticket;
  assert.match(ticket.number, /^KT-\d{4,}$/);
  assert.equal(ticket.status, 'NEW');
  assert.ok(Number.isInteger(ticket.queuePosition) && ticket.queuePosition >= 1, `queuePosition ${ticket.queuePosition}`);

  const updates = subscribe('subscription Watch($id: ID!) { ticketUpdated(id: $id) { id status messages(first: 10) { totalCount nodes { body internal } } } }', { id: ticket.id });
  // Let the subscription reach the server before staff act (the first event proves it did).
  await new Promise((resolve) => setTimeout(resolve, 300));

  const note = (await gql(staff, `mutation Note($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { errors { __typename } } }`,
    { input: { ticketId: ticket.id, body: 'Internal: the SMTP relay password expired.', internal: true } })).addTicketMessage;
  assert.equal(note.errors, null);
  const reply = (await gql(staff, `mutation Reply($input: AddTicketMessageInput!) { addTicketMessage(input: $input) { errors { __typename } } }`,
    { input: { ticketId: ticket.id, body: 'We are on it; the mail relay needs new credentials.', internal: false } })).addTicketMessage;
  assert.equal(reply.errors, null);

  const logged = (await gql(staff, `mutation Log($input: LogTimeInput!) { logTime(input: $input) { errors { __typename ... on Error { message } } } }`,
    { input: { ticketId: ticket.id, minutes: 30, description: 'Renewed the relay credentials', billable: true } })).logTime;
  assert.equal(logged.errors, null);

  // Minimum billing: 30 billable minutes on a covered ticket bill one hour.
  const changed = await usage.next();
  assert.equal(changed.errors, undefined, JSON.stringify(changed.errors));
  assert.equal(Number(changed.data.planUsageChanged.usedHours), Number(before.usedHours) + 1);
  assert.equal(Number(changed.data.planUsageChanged.includedHours), 10);
  const afterwards = (await gql(client, usageQuery)).planUsage;
  assert.equal(Number(afterwards.usedHours), Number(before.usedHours) + 1);

  // The client's live view of the ticket: the reply, never the internal note.
  const seen = [await updates.next()];
  await new Promise((resolve) => setTimeout(resolve, 500));
  seen.push(...updates.pending());
  for (const event of seen) {
    assert.equal(event.errors, undefined, JSON.stringify(event.errors));
    for (const message of event.data.ticketUpdated.messages.nodes) {
      assert.equal(message.internal, false);
      assert.doesNotMatch(message.body, /SMTP relay password/);
    }
  }

  const mine = (await gql(client, 'query One($id: ID!) { node(id: $id) { ... on Ticket { messages(first: 10) { totalCount nodes { body internal } } timeline(first: 20) { nodes { kind } } } } }', { id: ticket.id })).node;
  assert.deepEqual(mine.messages.nodes.map((m) => m.body), ['We are on it; the mail relay needs new credentials.']);
  assert.equal(mine.messages.totalCount, 1);
  assert.ok(!mine.timeline.nodes.some((event) => event.kind === 'INTERNAL_NOTE'));

  const staffView = (await gql(staff, 'query One($id: ID!) { node(id: $id) { ... on Ticket { messages(first: 10) { totalCount } } } }', { id: ticket.id })).node;
  assert.equal(staffView.messages.totalCount, 2);

  usage.stop();
  updates.stop();
});

test('a client cannot log time, and another tenant sees the ticket as missing', async () => {
  const created = (await gql(client, `mutation File($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`,
    { input: { title: 'A second ticket', description: 'For the isolation check.', type: 'SERVICE_REQUEST', priority: 'LOW', category: 'general' } })).createTicket;
  const globex = await userToken('owner@globex.test');
  assert.equal((await gql(globex, 'query One($id: ID!) { node(id: $id) { id } }', { id: created.ticket.id })).node, null);

  const response = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation Log($input: LogTimeInput!) { logTime(input: $input) { errors { __typename } } }', variables: { input: { ticketId: created.ticket.id, minutes: 5, description: 'no', billable: true } } }),
  });
  const body = await response.json();
  assert.equal(body.errors?.[0]?.extensions?.code, 'AUTH_NOT_AUTHORIZED');
});
