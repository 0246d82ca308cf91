using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

// https://spec.graphql.org/October2021/#sec-Argument-Uniqueness
internal sealed class UniqueArgumentNamesRule : SdlRule
{
    public override string Name => "UniqueArgumentNamesRule";

    public override void Enter(ISyntaxNode node, SdlValidationContext context)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };

        if (arguments is null || arguments.Count < 2)
        {
            return;
        }

        foreach (var group in NameGrouping.Duplicates(NameGrouping.NamesOf(arguments)))
        {
            context.ReportError(this, $"There can be only one argument named \"{group[0].Value}\".", [.. group]);
        }
    }
}
