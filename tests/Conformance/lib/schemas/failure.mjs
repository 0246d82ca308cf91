// The error a reference resolver throws on purpose. Its text is the resolver's own, so our engine reports
// it masked; graphql-js's own errors (non-null violations, coercion) keep their message.
export class ResolverFailure extends Error {}
