using System.Buffers;
using System.Text;

namespace KtPortal.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents from UTF-8 text into the syntax tree, behaving as graphql-js 16 <c>parse</c>
/// does: the same documents are accepted, and the same errors are raised at the same locations.
/// The limits of <see cref="ParserOptions"/> are checked while reading; nothing recurses beyond them.
/// </summary>
public ref partial struct Utf8GraphQLParser
{
    private const int StackEncodingLimit = 1024;

    private readonly SyntaxListBuilder _lists;
    private readonly bool _noLocations;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly int _maxFields;
    private Utf8GraphQLLexer _lexer;
    private int _tokenCount;
    private int _depth;
    private int _fieldCount;
    private int _lastEnd;

    private Utf8GraphQLParser(ReadOnlySpan<byte> source, string? sourceText, ParserOptions? options, SyntaxListBuilder lists)
    {
        options ??= ParserOptions.Default;
        _lexer = new Utf8GraphQLLexer(source, sourceText);
        _lists = lists;
        _noLocations = options.NoLocations;
        _maxTokens = options.MaxAllowedTokens;
        _maxDepth = options.MaxAllowedDepth;
        _maxFields = options.MaxAllowedFields;
    }

    private delegate T ParseFunc<out T>(ref Utf8GraphQLParser parser);

    /// <summary>Parses a GraphQL document.</summary>
    /// <param name="sourceText">The document as UTF-8.</param>
    /// <param name="options">Limits and location handling; <see cref="ParserOptions.Default"/> when omitted.</param>
    /// <returns>The document's syntax tree.</returns>
    /// <exception cref="SyntaxException">The text is not a valid document, or breaks a limit.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> sourceText, ParserOptions? options = null) =>
        Run(sourceText, null, options, static (ref Utf8GraphQLParser parser) => parser.ParseDocument());

    /// <summary>Parses a GraphQL document.</summary>
    /// <param name="sourceText">The document.</param>
    /// <param name="options">Limits and location handling; <see cref="ParserOptions.Default"/> when omitted.</param>
    /// <returns>The document's syntax tree.</returns>
    /// <exception cref="SyntaxException">The text is not a valid document, or breaks a limit.</exception>
    public static DocumentNode Parse(string sourceText, ParserOptions? options = null) =>
        Run(sourceText, options, static (ref Utf8GraphQLParser parser) => parser.ParseDocument());

    /// <summary>Parses a value literal, which may contain variables, such as <c>{ a: [1, $b] }</c>.</summary>
    /// <param name="sourceText">The value's text.</param>
    /// <param name="options">Limits and location handling; <see cref="ParserOptions.Default"/> when omitted.</param>
    /// <returns>The value's syntax tree.</returns>
    /// <exception cref="SyntaxException">The text is not a single value.</exception>
    public static IValueNode ParseValue(string sourceText, ParserOptions? options = null) =>
        Run(sourceText, options, static (ref Utf8GraphQLParser parser) => parser.ParseStandalone(static (ref Utf8GraphQLParser p) => p.ParseValueLiteral(isConst: false)));

    /// <summary>Parses a constant value literal: a value without variables.</summary>
    /// <param name="sourceText">The value's text.</param>
    /// <param name="options">Limits and location handling; <see cref="ParserOptions.Default"/> when omitted.</param>
    /// <returns>The value's syntax tree.</returns>
    /// <exception cref="SyntaxException">The text is not a single constant value.</exception>
    public static IValueNode ParseConstValue(string sourceText, ParserOptions? options = null) =>
        Run(sourceText, options, static (ref Utf8GraphQLParser parser) => parser.ParseStandalone(static (ref Utf8GraphQLParser p) => p.ParseValueLiteral(isConst: true)));

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    /// <param name="sourceText">The type's text.</param>
    /// <param name="options">Limits and location handling; <see cref="ParserOptions.Default"/> when omitted.</param>
    /// <returns>The type's syntax tree.</returns>
    /// <exception cref="SyntaxException">The text is not a single type reference.</exception>
    public static ITypeNode ParseType(string sourceText, ParserOptions? options = null) =>
        Run(sourceText, options, static (ref Utf8GraphQLParser parser) => parser.ParseStandalone(static (ref Utf8GraphQLParser p) => p.ParseTypeReference()));

    private static T Run<T>(string sourceText, ParserOptions? options, ParseFunc<T> parse)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        if (sourceText.Length <= StackEncodingLimit / 3)
        {
            Span<byte> buffer = stackalloc byte[StackEncodingLimit];
            int length = Encoding.UTF8.GetBytes(sourceText, buffer);
            return Run(buffer[..length], sourceText, options, parse);
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(sourceText));
        try
        {
            int length = Encoding.UTF8.GetBytes(sourceText, rented);
            return Run(rented.AsSpan(0, length), sourceText, options, parse);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static T Run<T>(ReadOnlySpan<byte> source, string? sourceText, ParserOptions? options, ParseFunc<T> parse)
    {
        SyntaxListBuilder lists = SyntaxListBuilder.Rent();
        try
        {
            var parser = new Utf8GraphQLParser(source, sourceText, options, lists);
            return parse(ref parser);
        }
        finally
        {
            SyntaxListBuilder.Return(lists);
        }
    }

    private T ParseStandalone<T>(ParseFunc<T> parse)
    {
        Expect(TokenKind.StartOfFile);
        T result = parse(ref this);
        Expect(TokenKind.EndOfFile);
        return result;
    }

    // https://spec.graphql.org/October2021/#Document
    private DocumentNode ParseDocument()
    {
        Expect(TokenKind.StartOfFile);
        int start = _lists.Definitions.Count;
        do
        {
            _lists.Definitions.Add(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        Location? location = _noLocations ? null : new Location(0, _lastEnd, 1, 1);
        return new DocumentNode(location, _lists.Definitions.ToList(start));
    }

    // https://spec.graphql.org/October2021/#Definition
    private IDefinitionNode ParseDefinition()
    {
        if (_lexer.Kind == TokenKind.LeftBrace)
        {
            return ParseOperationDefinition();
        }

        // Definitions may start with a description, so the keyword may be one token ahead.
        bool hasDescription = PeekDescription();
        Utf8GraphQLLexer keyword = _lexer;
        if (hasDescription)
        {
            keyword.Read();
            if (keyword.Kind == TokenKind.LeftBrace)
            {
                throw Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
            }
        }

        if (keyword.Kind == TokenKind.Name)
        {
            ReadOnlySpan<byte> name = keyword.Raw;
            if (name.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            if (name.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }

            if (name.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition();
            }

            if (name.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }

            if (name.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition();
            }

            if (name.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }

            if (name.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }

            if (name.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (name.SequenceEqual("query"u8) || name.SequenceEqual("mutation"u8) || name.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (name.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (name.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }
}
