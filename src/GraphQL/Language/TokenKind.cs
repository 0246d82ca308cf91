namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#sec-Language.Source-Text.Lexical-Tokens

/// <summary>The kind of a lexical token read by <see cref="Utf8GraphQLLexer"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>Before the first token.</summary>
    StartOfFile,
    /// <summary>After the last token.</summary>
    EndOfFile,
    /// <summary><c>!</c></summary>
    Bang,
    /// <summary><c>$</c></summary>
    Dollar,
    /// <summary><c>&amp;</c></summary>
    Ampersand,
    /// <summary><c>(</c></summary>
    LeftParenthesis,
    /// <summary><c>)</c></summary>
    RightParenthesis,
    /// <summary><c>...</c></summary>
    Spread,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>=</c></summary>
    Equal,
    /// <summary><c>@</c></summary>
    At,
    /// <summary><c>[</c></summary>
    LeftBracket,
    /// <summary><c>]</c></summary>
    RightBracket,
    /// <summary><c>{</c></summary>
    LeftBrace,
    /// <summary><c>|</c></summary>
    Pipe,
    /// <summary><c>}</c></summary>
    RightBrace,
    /// <summary>A name.</summary>
    Name,
    /// <summary>An integer literal.</summary>
    Int,
    /// <summary>A float literal.</summary>
    Float,
    /// <summary>A quoted string literal.</summary>
    String,
    /// <summary>A <c>"""</c> block string literal.</summary>
    BlockString,
}
