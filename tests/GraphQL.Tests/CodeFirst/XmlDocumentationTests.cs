using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class XmlDocumentationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"codefirst-docs-{Guid.NewGuid():N}.xml");

    public XmlDocumentationTests()
    {
        const string Prefix = "KtPortal.GraphQL.Tests.CodeFirst.XmlDocumentationTests.Documented";
        File.WriteAllText(_path, $$"""
            <?xml version="1.0"?>
            <doc>
              <members>
                <member name="T:{{Prefix}}">
                  <summary>
                    A documented type,
                    over two lines.
                  </summary>
                </member>
                <member name="P:{{Prefix}}.Name">
                  <summary>The <see cref="T:System.String"/> name; never <see langword="null"/>.</summary>
                </member>
                <member name="M:{{Prefix}}.Find(System.Int32,System.Collections.Generic.List{System.String})">
                  <summary>Finds things.</summary>
                  <param name="id">The <paramref name="id"/> to find.</param>
                </member>
              </members>
            </doc>
            """);
    }

    [Fact]
    public void Summaries_collapse_whitespace_and_read_references_by_name()
    {
        var docs = XmlDocumentation.FromFile(_path);

        Assert.Equal("A documented type, over two lines.", docs.Summary(typeof(Documented)));
        Assert.Equal("The String name; never null.", docs.Summary(typeof(Documented).GetProperty(nameof(Documented.Name))!));
    }

    [Fact]
    public void Methods_are_found_by_their_parameter_types_and_parameters_by_name()
    {
        var docs = XmlDocumentation.FromFile(_path);
        var find = typeof(Documented).GetMethod(nameof(Documented.Find))!;

        Assert.Equal("Finds things.", docs.Summary(find));
        Assert.Equal("The id to find.", docs.Parameter(find.GetParameters()[0]));
        Assert.Null(docs.Parameter(find.GetParameters()[1]));
    }

    [Fact]
    public void A_missing_file_gives_no_descriptions()
        => Assert.Null(XmlDocumentation.FromFile(_path + ".missing").Summary(typeof(Documented)));

    [Fact]
    public void Schema_descriptions_come_from_the_documentation_file_next_to_the_assembly()
    {
        // A documented engine type stands in for application code: src/ projects write their XML documentation.
        var type = typeof(InMemoryPubSubOptions);
        var property = type.GetProperty(nameof(InMemoryPubSubOptions.SubscriberCapacity))!;
        var docs = XmlDocumentation.For(type.Assembly);

        var schema = SchemaBuilder.New().AddQueryType<InMemoryPubSubOptions>().Create();

        var field = schema.QueryType!.Fields["subscriberCapacity"];
        Assert.NotNull(field.Description);
        Assert.Equal(docs.Summary(property), field.Description);
        Assert.DoesNotContain("\n", field.Description, StringComparison.Ordinal);
        Assert.NotNull(schema.QueryType.Description);
        Assert.Equal(docs.Summary(type), schema.QueryType.Description);
    }

    public void Dispose() => File.Delete(_path);

    public sealed class Documented
    {
        public string Name => "";

        public int Find(int id, List<string> tags) => id + tags.Count;
    }
}
