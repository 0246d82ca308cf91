using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness
// Fields are checked as they are entered, so a duplicate inside a nested object value is reported
// before a later duplicate in the enclosing one.
internal sealed class UniqueInputFieldNamesRule : SdlRule
{
    private readonly Stack<Dictionary<string, NameNode>> _knownStack = new();

    public override string Name => "UniqueInputFieldNamesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        switch (node)
        {
            case ObjectValueNode value:
                _knownStack.Push(new Dictionary<string, NameNode>(value.Fields.Count, StringComparer.Ordinal));
                break;
            case ObjectFieldNode field:
                var known = _knownStack.Peek();
                if (known.TryGetValue(field.Name.Value, out var existing))
                {
                    context.ReportError(
                        this,
                        $"There can be only one input field named \"{field.Name.Value}\".",
                        existing,
                        field.Name);
                }
                else
                {
                    known.Add(field.Name.Value, field.Name);
                }

                break;
        }
    }

    public override void Leave(ISyntaxNode node, SdlValidationContext context)
    {
        if (node is ObjectValueNode)
        {
            _knownStack.Pop();
        }
    }
}
