using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Literal values must be coercible to the type expected where they appear.</summary>
// https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    // A list or object literal already reported as a whole; its contents are not checked again.
    private ISyntaxNode? _skipped;

    /// <inheritdoc/>
    public override string Name => "ValuesOfCorrectTypeRule";

    /// <inheritdoc/>
    public override void EnterListValue(ValidationContext context, ListValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        if (context.ParentInputType?.NullableType() is not ListType)
        {
            CheckLeafValue(context, node);
            _skipped = node;
        }
    }

    /// <inheritdoc/>
    public override void LeaveListValue(ValidationContext context, ListValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    /// <inheritdoc/>
    public override void EnterObjectValue(ValidationContext context, ObjectValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        if (context.InputType?.NamedType() is not InputObjectType type)
        {
            CheckLeafValue(context, node);
            _skipped = node;
            return;
        }

        var provided = new Dictionary<string, ObjectFieldNode>(node.Fields.Count, StringComparer.Ordinal);
        foreach (var field in node.Fields)
        {
            provided[field.Name.Value] = field;
        }

        foreach (var field in type.Fields)
        {
            if (!provided.ContainsKey(field.Name) && field.IsRequired)
            {
                context.ReportError(
                    $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.",
                    node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(context, node, type, provided);
        }
    }

    /// <inheritdoc/>
    public override void LeaveObjectValue(ValidationContext context, ObjectValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }

    /// <inheritdoc/>
    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        if (_skipped is not null || context.InputType is not null
            || context.ParentInputType?.NamedType() is not InputObjectType parentType)
        {
            return;
        }

        IReadOnlyList<string> suggestions = [];
        if (!context.HideSuggestions)
        {
            var names = new string[parentType.Fields.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = parentType.Fields[i].Name;
            }

            suggestions = Suggestions.SuggestionList(node.Name.Value, names);
        }

        context.ReportError(
            $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
            node);
    }

    /// <inheritdoc/>
    public override void EnterScalarValue(ValidationContext context, IValueNode node)
    {
        if (_skipped is not null)
        {
            return;
        }

        if (node is NullValueNode)
        {
            if (context.InputType is NonNullType type)
            {
                context.ReportError($"Expected value of type \"{type}\", found {SyntaxPrinter.Print(node)}.", node);
            }

            return;
        }

        CheckLeafValue(context, node);
    }

    // Scalars and enums decide which literals they accept (graphql-js parseLiteral).
    private static void CheckLeafValue(ValidationContext context, IValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }

        switch (locationType.NamedType())
        {
            case EnumType enumType:
                if (EnumLiteralError(context, enumType, node) is { } enumError)
                {
                    context.ReportError(enumError, node);
                }

                break;
            case ScalarType scalarType:
                if (scalarType.ValidateLiteral(node) is { } scalarError)
                {
                    context.ReportError(scalarError, node);
                }

                break;
            default:
                context.ReportError($"Expected value of type \"{locationType}\", found {SyntaxPrinter.Print(node)}.", node);
                break;
        }
    }

    private static string? EnumLiteralError(ValidationContext context, EnumType enumType, IValueNode node)
    {
        if (node is EnumValueNode enumValue)
        {
            if (enumType.TryGetValue(enumValue.Value, out _))
            {
                return null;
            }

            var valueText = SyntaxPrinter.Print(node);
            return $"Value \"{valueText}\" does not exist in \"{enumType.Name}\" enum." + EnumSuggestion(context, enumType, valueText);
        }

        var printed = SyntaxPrinter.Print(node);
        return $"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}." + EnumSuggestion(context, enumType, printed);
    }

    private static string EnumSuggestion(ValidationContext context, EnumType enumType, string valueText)
    {
        if (context.HideSuggestions)
        {
            return string.Empty;
        }

        var names = new string[enumType.Values.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = enumType.Values[i].Name;
        }

        return Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(valueText, names));
    }

    private static void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> provided)
    {
        if (provided.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        foreach (var (name, field) in provided)
        {
            if (field.Value is NullValueNode)
            {
                context.ReportError($"Field \"{type.Name}.{name}\" must be non-null.", node);
            }
        }
    }
}
