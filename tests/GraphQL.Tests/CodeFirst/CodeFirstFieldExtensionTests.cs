using System.Reflection;
using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.CodeFirst.CodeFirstTestHelpers;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstFieldExtensionTests
{
    [Fact]
    public async Task Field_attributes_wrap_the_resolver_in_declaration_order_first_outermost()
    {
        var schema = SchemaBuilder.New().AddQueryType<ExtendedQuery>().Create();

        Assert.Equal("""{"data":{"greeting":"<[hello]>"}}""", await RunAsync(schema, "{ greeting }"));
    }

    [Fact]
    public async Task A_configuration_generates_a_type_once_changes_the_field_type_and_binds_a_resolver()
    {
        var schema = SchemaBuilder.New().AddQueryType<ExtendedQuery>().Create();

        Assert.Equal(
            """
            type Query {
              greeting: String!
              counted: CountedWrapper!
              countedAgain: CountedWrapper!
            }

            type CountedWrapper {
              count: Int!
            }
            """,
            SchemaPrinter.Print(schema));
        Assert.Equal(
            """{"data":{"counted":{"count":3},"countedAgain":{"count":2}}}""",
            await RunAsync(schema, "{ counted { count } countedAgain { count } }"));
    }

    [Fact]
    public void Context_data_set_by_an_extension_reaches_the_output_field()
    {
        var schema = SchemaBuilder.New().AddQueryType<ExtendedQuery>().Create();

        var field = schema.QueryType!.Fields["counted"];
        Assert.Equal("wrapped", field.ContextData["kind"]);
    }

    [Fact]
    public async Task Descriptor_fields_take_middleware_and_fields_without_a_resolver_read_their_parent()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("item").Type<Item>().Resolve(_ => new Item("box")))
            .AddType<ItemType>()
            .Create();

        Assert.Equal("""{"data":{"item":{"name":"BOX"}}}""", await RunAsync(schema, "{ item { name } }"));
    }

    [Fact]
    public void An_extension_that_throws_is_a_schema_error_naming_the_member()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<BrokenQuery>().Create());

        var error = Assert.Single(exception.Errors);
        Assert.Contains("[BrokenAttribute] cannot configure the field \"Query.value\": not today", error.Message, StringComparison.Ordinal);
        Assert.Contains("BrokenQuery.Value", error.Message, StringComparison.Ordinal);
    }

    public sealed class ExtendedQuery
    {
        [Wrap("<", ">")]
        [Wrap("[", "]")]
        public string Greeting => "hello";

        [Counted(3)]
        public IEnumerable<int> Counted => [1, 2, 3];

        [Counted(2)]
        public IEnumerable<int> CountedAgain => [1, 2];
    }

    public sealed class BrokenQuery
    {
        [Broken]
        public int Value => 1;
    }

    public sealed record Item(string Name);

    public sealed class ItemType : ObjectType<Item>
    {
        protected override void Configure(IObjectTypeDescriptor<Item> descriptor)
            => descriptor.Field(i => i.Name).Use(next => async context => ((string?)await next(context))?.ToUpperInvariant());
    }

    private sealed class WrapAttribute(string before, string after, [System.Runtime.CompilerServices.CallerLineNumber] int order = 0)
        : ObjectFieldDescriptorAttribute(order)
    {
        protected internal override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
            => descriptor.Use(next => async resolverContext => before + await next(resolverContext) + after);
    }

    private sealed class CountedAttribute(int expected, [System.Runtime.CompilerServices.CallerLineNumber] int order = 0)
        : ObjectFieldDescriptorAttribute(order)
    {
        protected internal override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
        {
            Assert.Equal("Int", context.GetTypeName(typeof(int), isInput: false));
            context.AddTypeDefinitions("type CountedWrapper { count: Int! }", "counted");
            if (!context.IsTypeDefined("CountedWrapper"))
            {
                throw new InvalidOperationException("the generated type is not defined");
            }

            descriptor.Type("CountedWrapper!").ContextData("kind", "wrapped");
            descriptor.Use(next => async resolverContext =>
            {
                var items = (IEnumerable<int>)(await next(resolverContext))!;
                Assert.Equal(expected, items.Count());
                return new Dictionary<string, object?> { ["count"] = items.Count() };
            });
        }
    }

    private sealed class BrokenAttribute([System.Runtime.CompilerServices.CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
    {
        protected internal override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
            => throw new InvalidOperationException("not today");
    }
}
