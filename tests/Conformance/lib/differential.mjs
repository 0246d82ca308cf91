// Shared set-up for the differential test files: one host per file, closed when the file ends.
import { after, test } from 'node:test';
import { startHost } from './host.mjs';

/**
 * Starts the host for this test file and registers a test that fails with the reason when it
 * cannot start. Returns an async function that yields a running host, restarting it when a
 * document crashed or hung the previous one, or throws the start-up failure.
 */
export async function useHost() {
  let host = null;
  let failure = null;
  try {
    host = await startHost();
  } catch (error) {
    failure = error;
  }
  test('conformance host starts', () => {
    if (failure !== null) {
      throw failure;
    }
  });
  after(async () => {
    await host?.close();
  });
  return async () => {
    if (failure !== null) {
      throw new Error('The conformance host is unavailable; see the test "conformance host starts".');
    }
    if (!host.alive) {
      host = await startHost();
    }
    return host;
  };
}
