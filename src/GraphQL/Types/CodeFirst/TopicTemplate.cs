using System.Globalization;
using System.Text;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>A topic such as <c>ticket/{id}</c>, whose placeholders are filled with argument values.</summary>
internal sealed class TopicTemplate
{
    private readonly string[] _parts;

    public TopicTemplate(string template)
    {
        Template = template;
        _parts = Split(template);
    }

    public string Template { get; }

    /// <summary>The argument names the template refers to.</summary>
    public IEnumerable<string> Placeholders => _parts.Where((_, i) => i % 2 == 1);

    public string Format(IResolverContext context)
    {
        if (_parts.Length == 1)
        {
            return _parts[0];
        }

        var builder = new StringBuilder();
        for (var i = 0; i < _parts.Length; i++)
        {
            builder.Append(i % 2 == 0 ? _parts[i] : Convert.ToString(context.ArgumentValue(_parts[i]), CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    // Alternating literal text and placeholder names: "a/{x}/b" -> ["a/", "x", "/b"].
    private static string[] Split(string template)
    {
        var parts = new List<string>();
        var start = 0;
        while (template.IndexOf('{', start) is var open and >= 0 && template.IndexOf('}', open) is var close and >= 0)
        {
            parts.Add(template[start..open]);
            parts.Add(template[(open + 1)..close]);
            start = close + 1;
        }

        parts.Add(template[start..]);
        return [.. parts];
    }
}
