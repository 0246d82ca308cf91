using System.Text;

namespace KtPortal.GraphQL.Language;

/// <summary>
/// Writes GraphQL text. Every line break is followed by the current indentation, which is how
/// graphql-js renders nested blocks, block strings included.
/// </summary>
internal sealed partial class SyntaxWriter
{
    private const int MaxLineLength = 80;
    private const int MaxCachedCapacity = 64 * 1024;

    private readonly StringBuilder _builder = new(256);
    private int _indent;
    private int _lineBreaks;

    public override string ToString() => _builder.ToString();

    // Clears the writer for reuse; false when it grew too big to keep.
    public bool Reset()
    {
        _indent = 0;
        _lineBreaks = 0;
        _builder.Clear();
        return _builder.Capacity <= MaxCachedCapacity;
    }

    private void Write(string text) => _builder.Append(text);

    private void Write(char c) => _builder.Append(c);

    private void NewLine()
    {
        _builder.Append('\n').Append(' ', _indent * 2);
        _lineBreaks++;
    }

    // Text whose line breaks take the current indentation, as block strings do.
    private void WriteIndented(ReadOnlySpan<char> text)
    {
        while (true)
        {
            int lineBreak = text.IndexOf('\n');
            if (lineBreak < 0)
            {
                _builder.Append(text);
                return;
            }

            _builder.Append(text[..lineBreak]);
            NewLine();
            text = text[(lineBreak + 1)..];
        }
    }

    private readonly record struct Mark(int Length, int LineBreaks);

    private Mark Position() => new(_builder.Length, _lineBreaks);

    private bool HasLineBreaksSince(Mark mark) => _lineBreaks != mark.LineBreaks;

    // The length graphql-js measures: the text without the indentation this writer added.
    private int LengthSince(Mark mark) => _builder.Length - mark.Length - ((_lineBreaks - mark.LineBreaks) * _indent * 2);

    private void Rewind(Mark mark)
    {
        _builder.Length = mark.Length;
        _lineBreaks = mark.LineBreaks;
    }

    // https://spec.graphql.org/October2021/#sec-Language
    public void WriteNode(ISyntaxNode node)
    {
        switch (node)
        {
            case NameNode name:
                Write(name.Value);
                break;
            case DocumentNode document:
                WriteDocument(document);
                break;
            case IValueNode value:
                WriteValue(value);
                break;
            case ITypeNode type:
                WriteType(type);
                break;
            case OperationDefinitionNode operation:
                WriteOperation(operation);
                break;
            case VariableDefinitionNode variable:
                WriteVariableDefinition(variable);
                break;
            case SelectionSetNode selectionSet:
                WriteSelectionSet(selectionSet);
                break;
            case ISelectionNode selection:
                WriteSelection(selection);
                break;
            case ArgumentNode argument:
                WriteArgument(argument);
                break;
            case FragmentDefinitionNode fragment:
                WriteFragmentDefinition(fragment);
                break;
            case ObjectFieldNode field:
                WriteObjectField(field);
                break;
            case DirectiveNode directive:
                WriteDirective(directive);
                break;
            default:
                WriteTypeSystemNode(node);
                break;
        }
    }

    private void WriteDocument(DocumentNode document)
    {
        for (int i = 0; i < document.Definitions.Count; i++)
        {
            if (i > 0)
            {
                NewLine();
                NewLine();
            }

            WriteNode(document.Definitions[i]);
        }
    }

    // graphql-js's block(): nothing when empty, else the items one per line inside indented braces.
    private void WriteBlock<T>(IReadOnlyList<T> items, Action<SyntaxWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        Write('{');
        _indent++;
        foreach (T item in items)
        {
            NewLine();
            write(this, item);
        }

        _indent--;
        NewLine();
        Write('}');
    }

    private void WriteSeparated<T>(IReadOnlyList<T> items, string separator, Action<SyntaxWriter, T> write)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Write(separator);
            }

            write(this, items[i]);
        }
    }

    private void WriteLines<T>(IReadOnlyList<T> items, Action<SyntaxWriter, T> write)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                NewLine();
            }

            write(this, items[i]);
        }
    }

    // Directives after a space, when there are any.
    private void WriteDirectivesAfterSpace(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count > 0)
        {
            Write(' ');
            WriteSeparated(directives, " ", static (w, d) => w.WriteDirective(d));
        }
    }

    private void WriteDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            WriteString(description);
            NewLine();
        }
    }
}
