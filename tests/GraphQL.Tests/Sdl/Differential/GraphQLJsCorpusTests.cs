using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Validation.Sdl;
using KtPortal.Testing;

namespace KtPortal.GraphQL.Tests.Sdl.Differential;

/// <summary>
/// Random type-system documents with the errors graphql-js 16.15.0 reports for them: <c>validateSDL</c>, and
/// when that passes, <c>validateSchema(buildASTSchema(doc))</c>. Each entry is "message @ line:column ...".
/// The documents mix valid and invalid definitions, extensions, directives and executable definitions,
/// so they pin the order of errors across rules as well as each message.
/// </summary>
public sealed class GraphQLJsCorpusTests
{
    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Corpus.Value.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_HasTheErrorsGraphQLJsReports(int index)
    {
        var (sdl, expected) = Corpus.Value[index];

        Assert.Equal(string.Join('\n', expected), string.Join('\n', Validate(sdl)));
    }

    private static IEnumerable<string> Validate(string sdl)
    {
        var document = Utf8GraphQLParser.Parse(sdl);
        var errors = SdlValidator.Validate(document);
        if (errors.Count == 0)
        {
            try
            {
                errors = SchemaValidator.Validate(SchemaBuilder.New().AddDocument(document).Create());
            }
            catch (SchemaException exception)
            {
                errors = exception.Errors;
            }
        }

        return errors.Select(e => $"{e.Message} @ {string.Join(' ', e.Locations.Select(l => $"{l.Line}:{l.Column}"))}");
    }

    private static readonly Lazy<List<(string Sdl, string[] Errors)>> Corpus = new(Load);

    private static List<(string Sdl, string[] Errors)> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("tests", "GraphQL.Tests", "Sdl", "Differential", "graphql-js-corpus.json")));
        return
        [
            .. json.RootElement.EnumerateArray().Select(entry => (
                entry.GetProperty("sdl").GetString()!,
                entry.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray())),
        ];
    }
}
