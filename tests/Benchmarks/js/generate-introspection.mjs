// Writes Documents/introspection.graphql: exactly what graphql-js getIntrospectionQuery() returns.
import { writeFileSync } from 'node:fs';
import graphql from './graphql.mjs';

const target = new URL('../Documents/introspection.graphql', import.meta.url);
writeFileSync(target, graphql.getIntrospectionQuery());
console.log(`wrote ${target.pathname} (graphql ${graphql.version})`);
