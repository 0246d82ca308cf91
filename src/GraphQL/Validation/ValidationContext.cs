using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

/// <summary>
/// What a rule sees during validation: the schema, the document, type information for the node being
/// visited, fragment and variable helpers, and error reporting.
/// </summary>
public sealed partial class ValidationContext
{
    /// <summary>The error code every validation error carries.</summary>
    public const string ErrorCode = "VALIDATION_FAILED";

    internal const string ValidationAbortedMessage = "Validation aborted.";

    internal const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors, bool hideSuggestions)
    {
        Schema = schema;
        Document = document;
        _maxErrors = maxErrors;
        HideSuggestions = hideSuggestions;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>Whether "Did you mean …?" suggestions are left out of messages.</summary>
    public bool HideSuggestions { get; }

    /// <summary>How many errors may be reported before validation stops.</summary>
    public int MaxErrors => _maxErrors;

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The name of the rule currently being called; errors are tagged with it.</summary>
    internal string CurrentRuleName { get; set; } = string.Empty;

    /// <summary>Reports an error located at <paramref name="node"/>.</summary>
    public void ReportError(string message, ISyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        AddError(message, node.Location is { } location ? [ToErrorLocation(location)] : []);
    }

    /// <summary>Reports an error located at two nodes, in that order.</summary>
    public void ReportError(string message, ISyntaxNode first, ISyntaxNode second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var locations = new List<ErrorLocation>(2);
        AddLocation(locations, first);
        AddLocation(locations, second);
        AddError(message, locations);
    }

    /// <summary>Reports an error located at each of <paramref name="nodes"/>, in order.</summary>
    public void ReportError(string message, IReadOnlyList<ISyntaxNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var locations = new List<ErrorLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            AddLocation(locations, node);
        }

        AddError(message, locations);
    }

    /// <summary>
    /// Stops validation with graphql-js's "Validation aborted." error, for rules that exhaust their own
    /// work budget on hostile documents.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void AbortValidation()
    {
        _errors.Add(new GraphQLError(ValidationAbortedMessage) { Code = ErrorCode });
        throw new ValidationAbortedException();
    }

    private static void AddLocation(List<ErrorLocation> locations, ISyntaxNode node)
    {
        if (node.Location is { } location)
        {
            locations.Add(ToErrorLocation(location));
        }
    }

    private static ErrorLocation ToErrorLocation(Location location) => new(location.Line, location.Column);

    private void AddError(string message, IReadOnlyList<ErrorLocation> locations)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError(TooManyErrorsMessage) { Code = ErrorCode });
            throw new ValidationAbortedException();
        }

        _errors.Add(new GraphQLError(message)
        {
            Locations = locations,
            Code = ErrorCode,
            Extensions = new Dictionary<string, object?>(1) { ["rule"] = CurrentRuleName },
        });
    }
}
