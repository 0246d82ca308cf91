using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation.Sdl;

namespace KtPortal.GraphQL.Tests.Sdl;

/// <summary>Runs <see cref="SdlValidator"/> on a document and compares every error, in order.</summary>
internal static class SdlAssert
{
    public static ExpectedError Error(string rule, string message, params (int Line, int Column)[] locations)
        => new(rule, message, locations);

    public static void Valid(string sdl) => Errors(sdl);

    public static void Errors(string sdl, params ExpectedError[] expected)
    {
        var errors = SdlValidator.Validate(Utf8GraphQLParser.Parse(sdl));

        Assert.Equal(Format(expected), Format(errors));
        Assert.All(errors, error => Assert.Equal("SCHEMA_INVALID", error.Code));
    }

    private static string Format(IEnumerable<ExpectedError> errors)
        => string.Join('\n', errors.Select(e => Line(e.Rule, e.Message, e.Locations)));

    private static string Format(IEnumerable<GraphQLError> errors)
        => string.Join('\n', errors.Select(e => Line(
            e.Extensions?.GetValueOrDefault("rule") as string ?? "(no rule)",
            e.Message,
            [.. e.Locations.Select(l => (l.Line, l.Column))])));

    private static string Line(string rule, string message, (int Line, int Column)[] locations)
        => $"{rule}: {message} @ {string.Join(' ', locations.Select(l => $"{l.Line}:{l.Column}"))}";
}

/// <summary>One error as graphql-js reports it, with the rule that reports it.</summary>
internal sealed record ExpectedError(string Rule, string Message, (int Line, int Column)[] Locations);
