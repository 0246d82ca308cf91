using System.Text;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language.Fuzz;

public sealed class FuzzTests
{
    private const int Iterations = 100_000;
    private const int RandomSeed = 20_261_121;
    private const int StringCheckInterval = 4;

    [Fact]
    public void Parse_MutatedDocuments_SucceedOrThrowSyntaxException()
    {
        IReadOnlyList<byte[]> seeds = LoadSeeds();
        var mutator = new DocumentMutator(new Random(RandomSeed), seeds);

        for (int i = 0; i < Iterations; i++)
        {
            byte[] input = mutator.Next();
            Check(input, i);
            if (i % StringCheckInterval == 0)
            {
                CheckStringAgreesWithUtf8(input, i);
            }
        }
    }

    [Fact]
    public void Seeds_IncludeOurOwnCorpus() => Assert.True(LoadSeeds().Count >= 3);

    private static void Check(byte[] input, int iteration)
    {
        DocumentNode document;
        try
        {
            document = Utf8GraphQLParser.Parse(input);
        }
        catch (SyntaxException)
        {
            return;
        }
        catch (Exception e)
        {
            Assert.Fail($"Iteration {iteration}: parsing threw {e.GetType().Name} instead of SyntaxException.\nInput: {Show(input)}\n{e}");
            return;
        }

        // graphql-js prints "type A" then "{ b }" so that they read back as "type A { b }"; each
        // definition is therefore re-parsed on its own.
        try
        {
            SyntaxPrinter.Print(document);
            foreach (IDefinitionNode definition in document.Definitions)
            {
                string printed = SyntaxPrinter.Print(definition);
                DocumentNode reparsed = Utf8GraphQLParser.Parse(printed);
                string reprinted = SyntaxPrinter.Print(Assert.Single(reparsed.Definitions));
                Assert.True(printed == reprinted, $"Iteration {iteration}: printing is not stable.\nInput: {Show(input)}\nPrinted: {printed}\nReprinted: {reprinted}");
            }
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"Iteration {iteration}: printing or re-parsing threw {e.GetType().Name}.\nInput: {Show(input)}\n{e}");
        }
    }

    // Parsing the decoded text must give the same tree or the same error as parsing the bytes.
    private static void CheckStringAgreesWithUtf8(byte[] input, int iteration)
    {
        string fromBytes = Outcome(() => Utf8GraphQLParser.Parse(input));
        string fromString = Outcome(() => Utf8GraphQLParser.Parse(Encoding.UTF8.GetString(input)));
        Assert.True(fromBytes == fromString, $"Iteration {iteration}: UTF-8 and string parsing disagree.\nInput: {Show(input)}\nBytes: {fromBytes}\nString: {fromString}");
    }

    private static string Outcome(Func<DocumentNode> parse)
    {
        try
        {
            DocumentNode document = parse();
            return SyntaxPrinter.Print(document) + "\n" + document.Location;
        }
        catch (SyntaxException e)
        {
            return $"{e.Message} {e.Location} {e.Position}";
        }
    }

    private static string Show(byte[] input) =>
        $"{Convert.ToBase64String(input)} (base64)\n{Encoding.UTF8.GetString(input)}";

    private static List<byte[]> LoadSeeds()
    {
        var files = Directory.GetFiles(Path.Combine(LanguageTestFiles.LanguageDirectory, "Fuzz", "Seeds"), "*.graphql").ToList();
        files.Add(Path.Combine(LanguageTestFiles.LanguageDirectory, "Files", "kitchen-sink.graphql"));
        files.Add(Path.Combine(LanguageTestFiles.LanguageDirectory, "Files", "schema-kitchen-sink.graphql"));

        string corpus = Path.Combine(LanguageTestFiles.RepositoryRoot, "tests", "Conformance", "corpus");
        if (Directory.Exists(corpus))
        {
            files.AddRange(Directory.GetFiles(corpus, "*.graphql", SearchOption.AllDirectories));
        }

        files.Sort(StringComparer.Ordinal);
        return [.. files.Select(File.ReadAllBytes)];
    }
}
