global using KtPortal.GraphQL;
global using KtPortal.GraphQL.Execution;
