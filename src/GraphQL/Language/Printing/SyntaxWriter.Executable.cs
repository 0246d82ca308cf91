using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Language;

internal sealed partial class SyntaxWriter
{
    private static readonly string[] OperationKeywords = ["query", "mutation", "subscription"];

    // https://spec.graphql.org/October2021/#OperationDefinition
    private void WriteOperation(OperationDefinitionNode operation)
    {
        // An anonymous query without variables or directives prints as its selection set alone.
        if (operation.Operation == OperationType.Query && operation.Name is null && operation.Description is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0)
        {
            WriteSelectionSet(operation.SelectionSet);
            return;
        }

        WriteDescription(operation.Description);
        Write(OperationKeywords[(int)operation.Operation]);
        if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
        {
            Write(' ');
            if (operation.Name is not null)
            {
                Write(operation.Name.Value);
            }

            WriteVariableDefinitions(operation.VariableDefinitions);
        }

        WriteDirectivesAfterSpace(operation.Directives);
        Write(' ');
        WriteSelectionSet(operation.SelectionSet);
    }

    // Variable definitions go one per line, without indentation, once any of them spans lines.
    private void WriteVariableDefinitions(IReadOnlyList<VariableDefinitionNode> variables)
    {
        if (variables.Count == 0)
        {
            return;
        }

        Mark mark = Position();
        Write('(');
        WriteSeparated(variables, ", ", static (w, v) => w.WriteVariableDefinition(v));
        Write(')');
        if (!HasLineBreaksSince(mark))
        {
            return;
        }

        Rewind(mark);
        Write('(');
        NewLine();
        WriteLines(variables, static (w, v) => w.WriteVariableDefinition(v));
        NewLine();
        Write(')');
    }

    // https://spec.graphql.org/October2021/#VariableDefinition
    private void WriteVariableDefinition(VariableDefinitionNode variable)
    {
        WriteDescription(variable.Description);
        Write('$');
        Write(variable.Variable.Name.Value);
        Write(": ");
        WriteType(variable.Type);
        if (variable.DefaultValue is not null)
        {
            Write(" = ");
            WriteValue(variable.DefaultValue);
        }

        WriteDirectivesAfterSpace(variable.Directives);
    }

    // https://spec.graphql.org/October2021/#SelectionSet
    // Trees built in code are not bound by the parser's depth limit; running out of stack throws
    // InsufficientExecutionStackException instead of ending the process.
    private void WriteSelectionSet(SelectionSetNode selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        WriteBlock(selectionSet.Selections, static (w, s) => w.WriteSelection(s));
    }

    private void WriteSelection(ISelectionNode selection)
    {
        switch (selection)
        {
            case FieldNode field:
                WriteField(field);
                break;
            case FragmentSpreadNode spread:
                Write("...");
                Write(spread.Name.Value);
                WriteDirectivesAfterSpace(spread.Directives);
                break;
            case InlineFragmentNode inline:
                WriteInlineFragment(inline);
                break;
            default:
                throw new ArgumentException($"Unknown selection {selection.GetType().Name}.", nameof(selection));
        }
    }

    // https://spec.graphql.org/October2021/#Field
    private void WriteField(FieldNode field)
    {
        int prefixLength = field.Name.Value.Length;
        if (field.Alias is not null)
        {
            Write(field.Alias.Value);
            Write(": ");
            prefixLength += field.Alias.Value.Length + 2;
        }

        Write(field.Name.Value);
        if (field.Arguments.Count > 0)
        {
            Mark mark = Position();
            Write('(');
            WriteSeparated(field.Arguments, ", ", static (w, a) => w.WriteArgument(a));
            Write(')');
            if (prefixLength + LengthSince(mark) > MaxLineLength)
            {
                Rewind(mark);
                WriteWrappedArguments(field.Arguments, static (w, a) => w.WriteArgument(a));
            }
        }

        WriteDirectivesAfterSpace(field.Directives);
        if (field.SelectionSet is { Selections.Count: > 0 })
        {
            Write(' ');
            WriteSelectionSet(field.SelectionSet);
        }
    }

    private void WriteWrappedArguments<T>(IReadOnlyList<T> arguments, Action<SyntaxWriter, T> write)
    {
        Write('(');
        _indent++;
        NewLine();
        WriteLines(arguments, write);
        _indent--;
        NewLine();
        Write(')');
    }

    // https://spec.graphql.org/October2021/#Argument
    private void WriteArgument(ArgumentNode argument)
    {
        Write(argument.Name.Value);
        Write(": ");
        WriteValue(argument.Value);
    }

    // https://spec.graphql.org/October2021/#InlineFragment
    private void WriteInlineFragment(InlineFragmentNode inline)
    {
        Write("...");
        if (inline.TypeCondition is not null)
        {
            Write(" on ");
            Write(inline.TypeCondition.Name.Value);
        }

        WriteDirectivesAfterSpace(inline.Directives);
        if (inline.SelectionSet.Selections.Count > 0)
        {
            Write(' ');
            WriteSelectionSet(inline.SelectionSet);
        }
    }

    // https://spec.graphql.org/October2021/#FragmentDefinition
    private void WriteFragmentDefinition(FragmentDefinitionNode fragment)
    {
        WriteDescription(fragment.Description);
        Write("fragment ");
        Write(fragment.Name.Value);
        Write(" on ");
        Write(fragment.TypeCondition.Name.Value);
        Write(' ');
        if (fragment.Directives.Count > 0)
        {
            WriteSeparated(fragment.Directives, " ", static (w, d) => w.WriteDirective(d));
            Write(' ');
        }

        WriteSelectionSet(fragment.SelectionSet);
    }

    // https://spec.graphql.org/October2021/#Directive
    private void WriteDirective(DirectiveNode directive)
    {
        Write('@');
        Write(directive.Name.Value);
        if (directive.Arguments.Count > 0)
        {
            Write('(');
            WriteSeparated(directive.Arguments, ", ", static (w, a) => w.WriteArgument(a));
            Write(')');
        }
    }
}
