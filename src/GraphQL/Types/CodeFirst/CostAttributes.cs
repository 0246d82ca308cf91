using System.Reflection;
using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>Turns <see cref="CostAttribute"/> and <see cref="ListSizeAttribute"/> into the directives they stand for.</summary>
internal static class CostAttributes
{
    public static void AddTo(List<DirectiveNode> directives, ICustomAttributeProvider member)
    {
        if (member.GetCustomAttributes(typeof(CostAttribute), true) is [CostAttribute cost, ..])
        {
            directives.Add(Directive(CostDirectives.Cost, ("weight", new StringValueNode(null, cost.WeightText, false))));
        }

        if (member.GetCustomAttributes(typeof(ListSizeAttribute), true) is [ListSizeAttribute listSize, ..])
        {
            var arguments = new List<(string, IValueNode)>();
            if (listSize.AssumedSizeOrNull is { } assumedSize)
            {
                arguments.Add(("assumedSize", new IntValueNode(null, assumedSize.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }

            if (listSize.SlicingArguments is { } slicing)
            {
                arguments.Add(("slicingArguments", Strings(slicing)));
            }

            if (listSize.SizedFields is { } sized)
            {
                arguments.Add(("sizedFields", Strings(sized)));
            }

            if (!listSize.RequireOneSlicingArgument)
            {
                arguments.Add(("requireOneSlicingArgument", new BooleanValueNode(null, false)));
            }

            directives.Add(Directive(CostDirectives.ListSize, [.. arguments]));
        }
    }

    private static ListValueNode Strings(string[] values)
        => new(null, [.. values.Select(v => (IValueNode)new StringValueNode(null, v, false))]);

    private static DirectiveNode Directive(string name, params (string Name, IValueNode Value)[] arguments)
        => new(null, new NameNode(null, name), [.. arguments.Select(a => new ArgumentNode(null, new NameNode(null, a.Name), a.Value))]);
}
