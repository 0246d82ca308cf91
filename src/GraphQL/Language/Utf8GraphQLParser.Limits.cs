using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLParser
{
    // Nesting is bounded by MaxAllowedDepth and by the stack actually left, so no document can
    // overflow the stack whatever the options say. Eight levels take far less stack than the check
    // keeps in reserve, so the stack is looked at every eighth level only.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterNesting(int bytePosition)
    {
        if (++_depth > _maxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            ThrowTooDeep(bytePosition);
        }
    }

    private void ExitNesting() => _depth--;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CountField()
    {
        if (++_fieldCount > _maxFields)
        {
            ThrowTooManyFields();
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooDeep(int bytePosition) =>
        throw Error(bytePosition, $"Document exceeds the maximum nesting depth of {_maxDepth}. Parsing aborted.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooManyFields() =>
        throw Error(_lexer.Start, $"Document contains more than {_maxFields} fields. Parsing aborted.");

    // graphql-js's maxTokens message, typo included.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooManyTokens() =>
        throw Error(_lexer.Start, $"Document contains more that {_maxTokens} tokens. Parsing aborted.");
}
