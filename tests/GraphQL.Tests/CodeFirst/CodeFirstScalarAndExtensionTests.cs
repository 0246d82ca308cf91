using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.CodeFirst.CodeFirstTestHelpers;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstScalarAndExtensionTests
{
    [Fact]
    public async Task Custom_scalars_map_CLR_types_and_can_be_chosen_per_member()
    {
        var schema = SchemaBuilder.New()
            .BindRuntimeType<long, LongType>()
            .AddType(new ColorType())
            .AddQueryType<ScalarQuery>()
            .Create();

        Assert.Equal(
            """"
            type Query {
              big: Long!
              code: Long
              twice(value: Long!): Long!
            }

            scalar Color

            """A 64-bit integer."""
            scalar Long
            """",
            SchemaPrinter.Print(schema));
        Assert.Equal(
            """{"data":{"big":"5000000000","code":"7","twice":"10"}}""",
            await RunAsync(schema, """{ big code twice(value: "5") }"""));
    }

    [Fact]
    public async Task Classes_extend_object_types_defined_in_sdl()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { user: User } type User { name: String }")
            .AddResolver("Query", "user", _ => new ValueTask<object?>(new Dictionary<string, object?> { ["name"] = "Ada" }))
            .AddTypeExtension<UserExtensions>()
            .Create();

        Assert.Equal(
            """
            type Query {
              user: User
            }

            type User {
              name: String
              initials: String!
            }
            """,
            SchemaPrinter.Print(schema));
        Assert.Equal("""{"data":{"user":{"name":"Ada","initials":"A"}}}""", await RunAsync(schema, "{ user { name initials } }"));
    }

    [Fact]
    public async Task Explicit_binding_keeps_only_configured_fields_and_descriptors_declare_interfaces()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("node").Type("Node").Resolve(_ => new Widget("w1", "secret")))
            .AddType<WidgetType>()
            .Create();

        Assert.Equal(
            """
            type Query {
              node: Node
            }

            type Widget implements Node {
              id: ID!
            }

            interface Node {
              id: ID!
            }
            """,
            SchemaPrinter.Print(schema));
        Assert.Equal("""{"data":{"node":{"__typename":"Widget","id":"w1"}}}""", await RunAsync(schema, "{ node { __typename id } }"));
    }

    [Fact]
    public void Methods_without_a_result_are_behaviour_on_object_types_and_errors_on_resolver_classes()
    {
        var schema = SchemaBuilder.New().AddQueryType<BehaviourQuery>().Create();
        Assert.Equal(["value", "counter"], schema.GetType<ObjectType>("Counter").Fields.Select(f => f.Name));

        var error = Assert.Single(Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<VoidQuery>().Create()).Errors);
        Assert.Equal(
            "The method has no result, so it cannot be the field \"reset\" of KtPortal.GraphQL.Tests.CodeFirst.CodeFirstScalarAndExtensionTests.VoidQuery. (declared by KtPortal.GraphQL.Tests.CodeFirst.CodeFirstScalarAndExtensionTests.VoidQuery.Reset())",
            error.Message);
    }

    public sealed class LongType() : ScalarType("Long", "A 64-bit integer.")
    {
        public override Type RuntimeType => typeof(long);

        public override object? ParseLiteral(IValueNode literal)
            => literal is StringValueNode { Value: var text } ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : throw new CoercionException("Long must be a string.");

        public override object? ParseValue(object? externalValue)
            => externalValue is string text ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : throw new CoercionException("Long must be a string.");

        public override object? Serialize(object runtimeValue) => Convert.ToString(runtimeValue, System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed class ColorType() : ScalarType("Color");

    public sealed class ScalarQuery
    {
        public long Big => 5_000_000_000;

        [GraphQLType(typeof(LongType))]
        public long? Code => 7;

        public long Twice(long value) => value * 2;
    }

    [ExtendObjectType("User")]
    public sealed class UserExtensions
    {
        public string Initials([Parent] IReadOnlyDictionary<string, object?> user) => ((string)user["name"]!)[..1];
    }

    [InterfaceType("Node")]
    public interface INode
    {
        [GraphQLType("ID!")]
        string Id { get; }
    }

    public sealed record Widget(string Id, string Secret) : INode;

    public sealed class WidgetType : ObjectType<Widget>
    {
        protected override void Configure(IObjectTypeDescriptor<Widget> descriptor)
        {
            descriptor.BindFieldsExplicitly().Implements<INode>();
            descriptor.Field(w => w.Id).Type("ID!");
        }
    }

    public sealed class Counter
    {
        public int Value { get; private set; }

        [GraphQLName("counter")]
        public int Read() => Value;

        public void Increment() => Value++;
    }

    public sealed class BehaviourQuery
    {
        public Counter Counter => new();
    }

    public sealed class VoidQuery
    {
        public int Value => 1;

        public void Reset()
        {
        }
    }
}
