using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstAttributeTests
{
    [Fact]
    public void Names_descriptions_types_and_deprecations_come_from_attributes()
    {
        var schema = SchemaBuilder.New().AddQueryType<AttributeQuery>().Create();

        Assert.Equal(
            """"
            type Query {
              """The total, as text because it exceeds 32 bits."""
              total: String!
              ids: [ID!]!
              count: Int! @deprecated(reason: "Use total.")
              forced: String!
              find(
                """What to look for."""
                term: String
                limit: Int! = 10 @deprecated(reason: "Paging is automatic.")
              ): [String!]
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Root_classes_merge_into_the_root_types()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<TicketQueries>()
            .AddTypeExtension<UserQueries>()
            .AddTypeExtension<ProjectQueries>()
            .AddMutationType<TicketMutations>()
            .Create();

        Assert.Equal(
            """
            type Query {
              ticketCount: Int!
              me: String!
              projectCount: Int!
            }

            type Mutation {
              closeTicket(id: Int!): Boolean!
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Interfaces_need_their_implementations_registered_and_unions_collect_implementers()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<SearchQuery>()
            .AddType<Dog>()
            .AddType<Cat>()
            .Create();

        Assert.Equal(
            """
            type Query {
              pets: [Pet!]!
              search(text: String!): [SearchResult!]!
            }

            type Dog implements Pet {
              name: String!
              barks: Boolean!
            }

            type Cat implements Pet {
              name: String!
              lives: Int!
            }

            interface Pet {
              name: String!
            }

            union SearchResult = Dog | Cat
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Extending_an_object_type_adds_fields_that_receive_the_parent()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<SearchQuery>()
            .AddType<Dog>()
            .AddType<Cat>()
            .AddTypeExtension<DogExtensions>()
            .Create();

        var dog = schema.GetType<ObjectType>("Dog");
        Assert.Equal(["name", "barks", "loudness"], dog.Fields.Select(f => f.Name));
    }

    [Fact]
    public void OneOf_input_classes_print_with_the_directive()
    {
        var schema = SchemaBuilder.New().AddQueryType<OneOfQuery>().Create();

        Assert.Equal(
            """
            type Query {
              user(by: UserByInput!): String
            }

            input UserByInput @oneOf {
              id: Int
              email: String
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Code_first_types_mix_with_sdl()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { version: String }  type Info { build: Int }")
            .AddQueryType<TicketQueries>()
            .Create();

        Assert.Equal(
            """
            type Query {
              version: String
              ticketCount: Int!
            }

            type Info {
              build: Int
            }
            """,
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Serial_resolvers_are_not_parallel_executable()
    {
        var schema = SchemaBuilder.New().AddMutationType<TicketMutations>().AddQueryType<TicketQueries>().Create();

        Assert.False(schema.MutationType!.Fields["closeTicket"].IsParallelExecutable);
        Assert.True(schema.QueryType!.Fields["ticketCount"].IsParallelExecutable);
    }

    [Fact]
    public void The_classes_given_as_root_types_describe_them()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<DescribedQuery>()
            .AddMutationType<DescribedMutation>()
            .AddSubscriptionType<DescribedSubscription>()
            .Create();

        Assert.Equal("Everything a reader can ask.", schema.QueryType!.Description);
        Assert.Equal("Everything a writer can change.", schema.MutationType!.Description);
        Assert.Equal("Everything a watcher can follow.", schema.SubscriptionType!.Description);
        Assert.StartsWith(
            """"
            """Everything a reader can ask."""
            type Query {
            """",
            SchemaPrinter.Print(schema),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_extension_class_does_not_describe_the_root_type()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<TicketQueries>()
            .AddTypeExtension<DescribedQueryExtension>()
            .Create();

        Assert.Null(schema.QueryType!.Description);
    }

    [Fact]
    public void A_root_descriptor_description_wins_over_the_class()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<DescribedQuery>()
            .AddQueryType(d => d.Description("Said by the descriptor.").Field("extra").Type("Int").Resolve(_ => 1))
            .Create();

        Assert.Equal("Said by the descriptor.", schema.QueryType!.Description);
    }

    [GraphQLDescription("Everything a reader can ask.")]
    public sealed class DescribedQuery
    {
        public int Answer => 42;
    }

    [GraphQLDescription("Everything a writer can change.")]
    public sealed class DescribedMutation
    {
        public bool Touch() => true;
    }

    [GraphQLDescription("Everything a watcher can follow.")]
    public sealed class DescribedSubscription
    {
        public async IAsyncEnumerable<int> Ticks()
        {
            await Task.Yield();
            yield return 1;
        }
    }

    [QueryType]
    [GraphQLDescription("Only some of the queries.")]
    public sealed class DescribedQueryExtension
    {
        public int Extra => 1;
    }

    public sealed class AttributeQuery
    {
        [GraphQLType("String!")]
        [GraphQLDescription("The total, as text because it exceeds 32 bits.")]
        public long Total => 5_000_000_000;

        [GraphQLType("[ID!]!")]
        public IReadOnlyList<string> Ids => [];

        [GraphQLDeprecated("Use total.")]
        public int Count => 1;

        public IEnumerable<string>? Find(
            [GraphQLDescription("What to look for.")] string? term,
            [GraphQLDeprecated("Paging is automatic.")] int limit = 10)
            => null;

        [GraphQLNonNullType]
#pragma warning disable CA1822 // A field must be an instance member to be reflected as one.
        public string? Forced => "x";
#pragma warning restore CA1822
    }

    [QueryType]
    public sealed class TicketQueries
    {
        public int TicketCount => 3;
    }

    [QueryType]
    public sealed class UserQueries
    {
        public string Me => "ada";
    }

    [ExtendObjectType("Query")]
    public sealed class ProjectQueries
    {
        public int ProjectCount => 2;
    }

    [MutationType]
    public sealed class TicketMutations
    {
        [Serial]
        public bool CloseTicket(int id) => id > 0;
    }

    [InterfaceType]
    public interface IPet
    {
        string Name { get; }
    }

    [UnionType("SearchResult")]
    public interface ISearchResult;

    public sealed record Dog(string Name, bool Barks) : IPet, ISearchResult;

    public sealed record Cat(string Name, int Lives) : IPet, ISearchResult;

    public sealed class SearchQuery
    {
        public IReadOnlyList<IPet> Pets => [new Dog("Rex", true), new Cat("Tom", 9)];

        public IReadOnlyList<ISearchResult> Search(string text) => text == "dog" ? [new Dog("Rex", true)] : [new Cat("Tom", 9)];
    }

    [ExtendObjectType(typeof(Dog))]
    public sealed class DogExtensions
    {
        public int Loudness([Parent] Dog dog) => dog.Barks ? 11 : 0;
    }

    [OneOf]
    public sealed record UserBy(int? Id, string? Email);

    public sealed class OneOfQuery
    {
        public string? User(UserBy by) => by.Email ?? by.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
