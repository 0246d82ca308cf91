using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class FieldExecutionTests
{
    private static readonly Schema Pets = PetSchema.Create();

    [Fact]
    public async Task Aliases_AndMergedFields_KeepSelectionOrder()
        => Assert.Equal(
            Json("{'data':{'first':{'name':'Rex'},'dog':{'barks':true,'name':'Rex','n':'Rex'}}}"),
            await Pets.RunAsync("{ first: dog { name } dog { barks } dog { name n: name } }"));

    [Fact]
    public async Task FragmentsOnUnionsAndInterfaces_SelectByRuntimeType()
        => Assert.Equal(
            Json("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom','meows':false}]}}"),
            await Pets.RunAsync("""
                { pets { __typename ...N ... on Dog { barks } ... on Cat { meows } } }
                fragment N on Named { name }
                """));

    [Fact]
    public async Task InterfaceList_ResolvesEachItem()
        => Assert.Equal(
            Json("{'data':{'named':[{'name':'Kitty','meows':true},{'name':'Fido'}]}}"),
            await Pets.RunAsync("{ named { name ... on Cat { meows } } }"));

    [Theory]
    [InlineData("{ dog { name @skip(if: true) barks } }", "{'data':{'dog':{'barks':true}}}")]
    [InlineData("{ dog { name @include(if: false) barks } }", "{'data':{'dog':{'barks':true}}}")]
    [InlineData("{ dog { ... @skip(if: true) { name } barks } }", "{'data':{'dog':{'barks':true}}}")]
    [InlineData("{ dog { name @skip(if: false) @include(if: true) } }", "{'data':{'dog':{'name':'Rex'}}}")]
    public async Task SkipAndInclude_FilterSelections(string query, string expected)
        => Assert.Equal(Json(expected), await Pets.RunAsync(query));

    [Fact]
    public async Task SkipAndInclude_FollowVariables_PerRequest()
    {
        var executor = new KtPortal.GraphQL.Execution.RequestExecutor(Pets);
        const string Query = "query($s: Boolean!) { dog { name @skip(if: $s) barks } }";

        var skipped = await executor.RunAsync(new() { Query = Query, VariableValues = new Dictionary<string, object?> { ["s"] = true } });
        var kept = await executor.RunAsync(new() { Query = Query, VariableValues = new Dictionary<string, object?> { ["s"] = false } });

        Assert.Equal(Json("{'data':{'dog':{'barks':true}}}"), skipped);
        Assert.Equal(Json("{'data':{'dog':{'name':'Rex','barks':true}}}"), kept);
    }

    [Fact]
    public async Task SkipWithNullVariable_FailsTheFieldBeingCollected()
        => Assert.Equal(
            Json("{'errors':[{'message':'Argument \\\"if\\\" of non-null type \\\"Boolean!\\\" must not be null.','locations':[{'line':1,'column':51}],'path':['dog'],'extensions':{'code':'ARGUMENT_INVALID'}}],'data':{'dog':null}}"),
            await Pets.RunAsync("query($s: Boolean = false) { dog { name @skip(if: $s) } }", new Dictionary<string, object?> { ["s"] = null }));

    [Fact]
    public async Task SkipWithNullVariable_OnARootField_FailsTheOperation()
        => Assert.Equal(
            Json("{'errors':[{'message':'Argument \\\"if\\\" of non-null type \\\"Boolean!\\\" must not be null.','locations':[{'line':1,'column':44}],'extensions':{'code':'ARGUMENT_INVALID'}}],'data':null}"),
            await Pets.RunAsync("query($s: Boolean = false) { dog @skip(if: $s) { name } }", new Dictionary<string, object?> { ["s"] = null }));

    [Fact]
    public async Task Enums_SerializeByRuntimeValue()
        => Assert.Equal(Json("{'data':{'color':'GREEN'}}"), await Pets.RunAsync("{ color }"));

    [Fact]
    public async Task Enums_RejectUnknownRuntimeValues()
        => Assert.Equal(
            Json("{'errors':[{'message':'Enum \\\"Color\\\" cannot represent value: \\\"BLUE\\\"','locations':[{'line':1,'column':3}],'path':['badColor'],'extensions':{'code':'RESULT_INVALID'}}],'data':{'badColor':null}}"),
            await Pets.RunAsync("{ badColor }"));

    [Theory]
    [InlineData("{ echo }", "{'data':{'echo':'default'}}")]
    [InlineData("{ echo(text: \"ab\", times: 2) }", "{'data':{'echo':'abab'}}")]
    [InlineData("{ echo(text: null) }", "{'data':{'echo':'null'}}")]
    [InlineData("query($t: String) { echo(text: $t) }", "{'data':{'echo':'default'}}")]
    public async Task Arguments_UseDefaultsLiteralsAndVariables(string query, string expected)
        => Assert.Equal(Json(expected), await Pets.RunAsync(query));

    [Fact]
    public async Task Arguments_VariableNotProvided_FallsBackToTheArgumentDefault()
        => Assert.Equal(
            Json("{'data':{'withDefault':'d'}}"),
            await Pets.RunAsync("query($v: ID) { withDefault(id: $v) }"));

    [Fact]
    public async Task Arguments_NullVariableToNonNullArgument_IsAFieldError()
        => Assert.Equal(
            Json("{'errors':[{'message':'Argument \\\"id\\\" of non-null type \\\"ID!\\\" must not be null.','locations':[{'line':1,'column':36}],'path':['required'],'extensions':{'code':'ARGUMENT_INVALID'}}],'data':{'required':null}}"),
            await Pets.RunAsync("query($v: ID = \"x\") { required(id: $v) }", new Dictionary<string, object?> { ["v"] = null }));

    [Fact]
    public async Task AbstractType_WithoutAnyWayToResolve_FailsWithGraphQLJsMessage()
    {
        var schema = Builder("interface I { a: Int } type A implements I { a: Int } type Query { i: I }")
            .AddResolver("Query", "i", Value(new object()))
            .Create();

        Assert.Equal(
            Json("{'errors':[{'message':'Abstract type \\\"I\\\" must resolve to an Object type at runtime for field \\\"Query.i\\\". Either the \\\"I\\\" type should provide a \\\"resolveType\\\" function or each possible type should provide an \\\"isTypeOf\\\" function.','locations':[{'line':1,'column':3}],'path':['i'],'extensions':{'code':'RESULT_INVALID'}}],'data':{'i':null}}"),
            await schema.RunAsync("{ i { a } }"));
    }

    [Fact]
    public async Task AbstractType_ResolvesByTypeResolver_IsOfType_OrTypenameEntry()
    {
        var schema = Builder("union U = A | B type A { a: Int } type B { b: Int } type Query { byResolver: U byIsOfType: U byTypename: U }")
            .BindTypeResolver("U", (value, context) => context.Schema.GetType<ObjectType>(((int)((Dictionary<string, object?>)value)["a"]!) == 1 ? "A" : "B"))
            .Create();
        var isOfType = Builder("union U = A | B type A { a: Int } type B { b: Int } type Query { u: U t: U }")
            .BindIsOfType("A", (value, _) => value is string)
            .BindIsOfType("B", (value, _) => value is int)
            .AddResolver("Query", "u", Value(5))
            .AddResolver("Query", "t", Value(new Dictionary<string, object?> { ["__typename"] = "A" }))
            .Create();
        var byName = Builder("union U = A | B type A { a: Int } type B { b: Int } type Query { u: U }")
            .AddResolver("Query", "u", Value(new Dictionary<string, object?> { ["__typename"] = "B", ["b"] = 2 }))
            .Create();

        Assert.Equal(
            Json("{'data':{'byResolver':{'__typename':'A'}}}"),
            await schema.RunAsync("{ byResolver { __typename } }", rootValue: new Dictionary<string, object?> { ["byResolver"] = new Dictionary<string, object?> { ["a"] = 1 } }));
        Assert.Equal(Json("{'data':{'u':{'__typename':'B'}}}"), await isOfType.RunAsync("{ u { __typename } }"));
        Assert.Equal(Json("{'data':{'u':{'__typename':'B','b':2}}}"), await byName.RunAsync("{ u { __typename ... on B { b } } }"));
    }

    [Fact]
    public async Task ObjectType_WithIsOfType_RejectsForeignValues()
    {
        var schema = Builder("type A { a: Int } type Query { x: A }")
            .BindIsOfType("A", (value, _) => value is string)
            .AddResolver("Query", "x", Value(new Dictionary<string, object?> { ["a"] = 1 }))
            .Create();

        Assert.Equal(
            Json("{'errors':[{'message':'Expected value of type \\\"A\\\" but got: { a: 1 }.','locations':[{'line':1,'column':3}],'path':['x'],'extensions':{'code':'RESULT_INVALID'}}],'data':{'x':null}}"),
            await schema.RunAsync("{ x { a } }"));
    }

    [Fact]
    public async Task Lists_AcceptAnyEnumerableAndAsyncEnumerable()
    {
        var schema = Builder("type Query { set: [Int] async: [String] ints: [Int!]! nonList: [Int] }")
            .AddResolver("Query", "set", Value(new HashSet<int> { 3 }))
            .AddResolver("Query", "async", Value(Strings()))
            .AddResolver("Query", "ints", Value(Ints()))
            .AddResolver("Query", "nonList", Value(7))
            .Create();

        Assert.Equal(
            Json("{'errors':[{'message':'Expected Iterable, but did not find one for field \\\"Query.nonList\\\".','locations':[{'line':1,'column':18}],'path':['nonList'],'extensions':{'code':'RESULT_INVALID'}}],'data':{'set':[3],'async':['a','b'],'ints':[1,2],'nonList':null}}"),
            await schema.RunAsync("{ set async ints nonList }"));

        static async IAsyncEnumerable<string> Strings()
        {
            await Task.Yield();
            yield return "a";
            yield return "b";
        }

        static async IAsyncEnumerable<int> Ints()
        {
            await Task.Yield();
            yield return 1;
            yield return 2;
        }
    }

    [Fact]
    public async Task ScalarCoercionException_BecomesFieldErrorWithItsMessage()
    {
        var schema = Builder("scalar Odd type Query { x: Odd y: Odd }")
            .AddScalar(new OddScalar())
            .AddResolver("Query", "x", Value(3))
            .AddResolver("Query", "y", Value(4))
            .Create();

        Assert.Equal(
            Json("{'errors':[{'message':'Odd cannot represent an even value: 4','locations':[{'line':1,'column':5}],'path':['y'],'extensions':{'code':'RESULT_INVALID'}}],'data':{'x':3,'y':null}}"),
            await schema.RunAsync("{ x y }"));
    }

    private sealed class OddScalar() : ScalarType("Odd")
    {
        public override object? Serialize(object runtimeValue)
            => runtimeValue is int i && i % 2 == 1 ? i : throw new CoercionException($"Odd cannot represent an even value: {runtimeValue}");
    }
}
