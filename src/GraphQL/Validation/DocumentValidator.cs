using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

/// <summary>
/// Validates executable documents against a schema with a set of rules (by default graphql-js
/// <c>specifiedRules</c>), walking each document once. Results may be cached by document hash.
/// Thread-safe.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Validation
public sealed class DocumentValidator
{
    private readonly Func<ValidationRule>[] _ruleFactories;
    private readonly DocumentValidatorOptions _options;
    private readonly ValidationCache? _cache;
    private int _validationCount;

    // Which rules override which visitor methods; the factories always produce the same rule types.
    private int[][]? _hooks;

    /// <summary>Creates a validator with the specified rules and default options.</summary>
    public DocumentValidator()
        : this(ValidationRules.Specified, DocumentValidatorOptions.Default)
    {
    }

    /// <summary>Creates a validator with the specified rules.</summary>
    public DocumentValidator(DocumentValidatorOptions options)
        : this(ValidationRules.Specified, options)
    {
    }

    /// <summary>Creates a validator running <paramref name="rules"/> in the given order.</summary>
    /// <param name="rules">One factory per rule; each validation creates fresh rule instances. A factory must always create the same rule type.</param>
    /// <param name="options">Limits and cache settings.</param>
    public DocumentValidator(IEnumerable<Func<ValidationRule>> rules, DocumentValidatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _ruleFactories = [.. rules];
        _options = options ?? DocumentValidatorOptions.Default;
        _cache = _options.CacheSize > 0 ? new ValidationCache(_options.CacheSize) : null;
    }

    /// <summary>How many results the cache holds.</summary>
    internal int CachedResultCount => _cache?.Count ?? 0;

    /// <summary>How many documents were actually validated (cache misses included, hits excluded).</summary>
    internal int ValidationCount => _validationCount;

    /// <summary>Validates <paramref name="document"/> against <paramref name="schema"/>.</summary>
    public ValidationResult Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return Run(schema, document);
    }

    /// <summary>
    /// Validates <paramref name="document"/>, reusing the result of an earlier validation of the same
    /// <paramref name="documentHash"/> against the same schema instance.
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="documentHash">A hash that identifies the document text (e.g. SHA-256 of it).</param>
    public ValidationResult Validate(Schema schema, DocumentNode document, string documentHash)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(documentHash);
        if (_cache is null)
        {
            return Run(schema, document);
        }

        if (_cache.TryGet(schema, documentHash, out var cached))
        {
            return cached;
        }

        var result = Run(schema, document);
        _cache.Set(schema, documentHash, result);
        return result;
    }

    private ValidationResult Run(Schema schema, DocumentNode document)
    {
        Interlocked.Increment(ref _validationCount);
        var rules = new ValidationRule[_ruleFactories.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = _ruleFactories[i]();
        }

        var context = new ValidationContext(schema, document, _options.MaxErrors, _options.HideSuggestions);
        try
        {
            var hooks = _hooks ??= RuleHooks.Build(rules);
            new ValidationWalker(rules, hooks, context).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The context has already recorded why validation stopped.
        }

        return context.Errors.Count == 0 ? ValidationResult.Valid : new ValidationResult([.. context.Errors]);
    }
}
