// A raw graphql-transport-ws socket for the close-code tests: sends any text, queues what the server sends,
// and resolves `closed` with the close code and reason.
import WebSocket from 'ws';
import { apiUrl } from './api.mjs';

export const SUBPROTOCOL = 'graphql-transport-ws';

/** The API's GraphQL endpoint as a ws:// URL. */
export function graphqlWsUrl() {
  return `${apiUrl().replace(/^http/, 'ws')}/graphql`;
}

/**
 * Opens a socket offering `protocols`; resolves once it is open, rejects when the handshake fails.
 * @param {string | string[]} [protocols]
 * @param {import('ws').ClientOptions} [options] e.g. `{ headers: { authorization: 'Bearer ...' } }`
 */
export function openSocket(protocols = SUBPROTOCOL, options = undefined) {
  const socket = new WebSocket(graphqlWsUrl(), protocols, options);
  const messages = [];
  const waiters = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(message);
    else messages.push(message);
  });
  const closed = new Promise((resolve) => {
    socket.on('close', (code, reason) => {
      for (const waiter of waiters.splice(0)) waiter.reject(new Error(`closed ${code} ${reason}`));
      resolve({ code, reason: String(reason) });
    });
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({
      protocol: socket.protocol,
      closed,
      /** Sends an object as JSON, or a string as it is. */
      send(message) {
        socket.send(typeof message === 'string' ? message : JSON.stringify(message));
      },
      /** The next message the server sends. */
      receive() {
        if (messages.length > 0) return Promise.resolve(messages.shift());
        return new Promise((res, rej) => waiters.push({ resolve: res, reject: rej }));
      },
      /** The next message of `type`, skipping others (keep-alive pings). */
      async receiveType(type) {
        for (;;) {
          const message = await this.receive();
          if (message.type === type) return message;
        }
      },
      close() {
        socket.close(1000);
        return closed;
      },
    }));
    socket.once('unexpected-response', (_request, response) => {
      reject(Object.assign(new Error(`handshake refused with ${response.statusCode}`), { statusCode: response.statusCode }));
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** Opens a socket and completes connection_init / connection_ack. */
export async function openInitialisedSocket() {
  const socket = await openSocket();
  socket.send({ type: 'connection_init' });
  const ack = await socket.receive();
  if (ack.type !== 'connection_ack') throw new Error(`expected connection_ack, got ${JSON.stringify(ack)}`);
  return socket;
}
