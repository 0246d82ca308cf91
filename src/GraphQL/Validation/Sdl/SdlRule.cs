using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl;

/// <summary>
/// One SDL validation rule. The walker calls every rule for every node, in rule order, so that errors
/// come out in the order graphql-js's parallel visitor reports them.
/// </summary>
internal abstract class SdlRule
{
    /// <summary>The graphql-js export name, written to <c>Extensions["rule"]</c>.</summary>
    public abstract string Name { get; }

    public virtual void Enter(ISyntaxNode node, SdlValidationContext context)
    {
    }

    public virtual void Leave(ISyntaxNode node, SdlValidationContext context)
    {
    }
}
