using KtPortal.GraphQL.Validation.Rules;
using static KtPortal.GraphQL.Tests.Validation.ValidationAssert;

namespace KtPortal.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void OnlyOperation_IsValid()
        => ExpectValid<ExecutableDefinitionsRule>(
            """
            query Foo { dog { name } }
            """);

    [Fact]
    public void OperationAndFragment_AreValid()
        => ExpectValid<ExecutableDefinitionsRule>(
            """
            query Foo { dog { name ...Frag } }
            fragment Frag on Dog { name }
            """);

    [Fact]
    public void TypeDefinitions_AreNotExecutable()
        => ExpectErrors<ExecutableDefinitionsRule>(
            """
            query Foo { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            """,
            Error("The \"Cow\" definition is not executable.", (2, 1)),
            Error("The \"Dog\" definition is not executable.", (3, 1)));

    [Fact]
    public void SchemaDefinitions_AreNotExecutable()
        => ExpectErrors<ExecutableDefinitionsRule>(
            """
            schema { query: Query }
            type Query { test: String }
            extend schema @directive
            """,
            Error("The schema definition is not executable.", (1, 1)),
            Error("The \"Query\" definition is not executable.", (2, 1)),
            Error("The schema definition is not executable.", (3, 1)));
}
