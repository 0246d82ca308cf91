// The benchmarks use the graphql-js that the conformance suite pins, so there is one package.json.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../Conformance/package.json', import.meta.url));

let graphql;
try {
  graphql = require('graphql');
} catch (error) {
  throw new Error('graphql-js is not installed: run `npm ci` in tests/Conformance first.', { cause: error });
}

export default graphql;
