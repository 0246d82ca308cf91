using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.CodeFirst.CodeFirstTestHelpers;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstDescriptorTests
{
    [Fact]
    public void Descriptors_rename_describe_retype_ignore_and_add_fields()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<BookQuery>()
            .AddType<Book>()
            .AddType<BookType>()
            .AddType<GenreType>()
            .AddType<BookFilterType>()
            .Create();

        Assert.Equal(
            """"
            type Query {
              book: Book!
              books(filter: BookFilterInput!): [Book!]!
            }

            """A book in the library."""
            type Book {
              isbn: ID!
              title: String! @deprecated(reason: "Use name.")
              genre: Genre!
              name(upper: Boolean! = false): String!
            }

            enum Genre {
              SCIENCE_FICTION
              POETRY_BOOK @deprecated(reason: "No longer supported.")
            }

            input BookFilterInput @oneOf {
              """Part of the title."""
              text: String
              genre: Genre
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public async Task Descriptor_resolvers_and_root_fields_run()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<BookQuery>()
            .AddType<BookType>()
            .AddType<GenreType>()
            .AddType<BookFilterType>()
            .AddQueryType(d => d.Field("version").Type("String!").Resolve(_ => "1.0"))
            .AddTypeExtension<LibraryExtension>()
            .Create();

        var json = await RunAsync(schema, """
            {
              version
              libraryName
              book { isbn name loud: name(upper: true) genre }
              books(filter: { genre: POETRY_BOOK }) { genre }
            }
            """);

        Assert.Equal(
            """{"data":{"version":"1.0","libraryName":"Central","book":{"isbn":"978-0","name":"Dune","loud":"DUNE","genre":"SCIENCE_FICTION"},"books":[{"genre":"POETRY_BOOK"}]}}""",
            json);
    }

    [Fact]
    public void Directive_types_define_directives_that_descriptors_apply()
    {
        var schema = SchemaBuilder.New()
            .AddDirectiveType<CostDirectiveType>()
            .AddQueryType(d => d.Field("expensive").Type("Int").Directive("cost", new Dictionary<string, object?> { ["weight"] = 10 }))
            .Create();

        Assert.Equal(
            """"
            """How much a field costs."""
            directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT

            type Query {
              expensive: Int @cost(weight: 10)
            }
            """",
            SchemaPrinter.Print(schema));
        var directive = Assert.Single(schema.QueryType!.Fields["expensive"].SyntaxNode!.Directives);
        Assert.Equal("cost", directive.Name.Value);
    }

    [Fact]
    public void A_named_field_without_a_type_is_an_error_naming_the_descriptor()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddQueryType<BookQuery>()
            .AddType<BrokenBookType>()
            .Create());

        Assert.Contains(
            "The field \"Book.extra\" has no type: set one with Type<T>() or Type(\"...\"). (declared by KtPortal.GraphQL.Tests.CodeFirst.CodeFirstDescriptorTests.BrokenBookType (field \"extra\"))",
            exception.Errors.Select(e => e.Message));
    }

    public enum Genre
    {
        ScienceFiction,
        Poetry,
    }

    public sealed record Book(string Isbn, string Title, Genre Genre, int InternalRank);

    public sealed record BookFilter(string? Text, Genre? Genre);

    public sealed class BookQuery
    {
        public Book Book => new("978-0", "Dune", Genre.ScienceFiction, 1);

        public IReadOnlyList<Book> Books(BookFilter filter) => [new("978-1", "Odes", filter.Genre ?? Genre.Poetry, 2)];
    }

    public sealed class BookType : ObjectType<Book>
    {
        protected override void Configure(IObjectTypeDescriptor<Book> descriptor)
        {
            descriptor.Description("A book in the library.");
            descriptor.Field(b => b.Isbn).Type("ID!");
            descriptor.Field(b => b.Title).Deprecated("Use name.");
            descriptor.Field(b => b.InternalRank).Ignore();
            descriptor.Field("name")
                .Type("String!")
                .Argument("upper", a => a.Type<bool>().DefaultValue(false))
                .Resolve(context =>
                {
                    var title = context.Parent<Book>().Title;
                    return context.ArgumentValue<bool>("upper") ? title.ToUpperInvariant() : title;
                });
        }
    }

    public sealed class BrokenBookType : ObjectType<Book>
    {
        protected override void Configure(IObjectTypeDescriptor<Book> descriptor)
            => descriptor.Field("extra").Resolve(_ => "x");
    }

    public sealed class GenreType : EnumType<Genre>
    {
        protected override void Configure(IEnumTypeDescriptor<Genre> descriptor)
            => descriptor.Value(Genre.Poetry).Name("POETRY_BOOK").Deprecated();
    }

    public sealed class BookFilterType : InputObjectType<BookFilter>
    {
        protected override void Configure(IInputObjectTypeDescriptor<BookFilter> descriptor)
        {
            descriptor.OneOf();
            descriptor.Field(f => f.Text).Description("Part of the title.");
        }
    }

    public sealed class LibraryExtension : ObjectTypeExtension
    {
        protected override void Configure(IObjectTypeDescriptor descriptor)
        {
            descriptor.Name("Query");
            descriptor.Field("libraryName").Type("String!").Resolve(_ => "Central");
        }
    }

    public sealed class CostDirectiveType : DirectiveType
    {
        protected override void Configure(IDirectiveTypeDescriptor descriptor)
            => descriptor
                .Name("cost")
                .Description("How much a field costs.")
                .Location(DirectiveLocation.FieldDefinition)
                .Location(DirectiveLocation.Object)
                .Argument("weight", a => a.Type("Int!").DefaultValue(1))
                .Repeatable();
    }
}
