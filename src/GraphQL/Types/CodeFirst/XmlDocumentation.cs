using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>
/// Reads descriptions from the XML documentation file the compiler writes next to an assembly
/// (<c>&lt;AssemblyName&gt;.xml</c>); each file is read once per process.
/// </summary>
internal sealed class XmlDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, XmlDocumentation> Cache = new();

    private readonly Dictionary<string, XElement> _members;

    private XmlDocumentation(Dictionary<string, XElement> members) => _members = members;

    public static XmlDocumentation For(Assembly assembly) => Cache.GetOrAdd(assembly, Load);

    /// <summary>Reads a documentation file from an explicit path; a missing file gives empty documentation.</summary>
    public static XmlDocumentation FromFile(string path)
    {
        var members = new Dictionary<string, XElement>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new XmlDocumentation(members);
        }

        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name)
            {
                members[name] = member;
            }
        }

        return new XmlDocumentation(members);
    }

    public string? Summary(MemberInfo member)
        => _members.TryGetValue(Id(member), out var element) ? Text(element.Element("summary")) : null;

    public string? Parameter(ParameterInfo parameter)
        => parameter.Member is MemberInfo member && _members.TryGetValue(Id(member), out var element)
            ? Text(element.Elements("param").FirstOrDefault(p => p.Attribute("name")?.Value == parameter.Name))
            : null;

    private static XmlDocumentation Load(Assembly assembly)
    {
        var location = assembly.IsDynamic ? "" : assembly.Location;
        return location.Length == 0
            ? new XmlDocumentation(new Dictionary<string, XElement>(StringComparer.Ordinal))
            : FromFile(Path.ChangeExtension(location, ".xml"));
    }

    // References (<see cref="X"/>, <paramref name="x"/>) read as their last name segment; whitespace runs,
    // line breaks included, collapse into one space.
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement child when child.Attribute("cref")?.Value is { } cref:
                    builder.Append(cref[(cref.LastIndexOfAny(['.', ':']) + 1)..]);
                    break;
                case XElement child when child.Attribute("name")?.Value is { } name && child.IsEmpty:
                    builder.Append(name);
                    break;
                case XElement child when child.Attribute("langword")?.Value is { } word:
                    builder.Append(word);
                    break;
                case XElement child:
                    builder.Append(child.Value);
                    break;
            }
        }

        var collapsed = string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static string Id(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeId(type),
        PropertyInfo property => $"P:{TypeId(property.DeclaringType!)}.{property.Name}",
        FieldInfo field => $"F:{TypeId(field.DeclaringType!)}.{field.Name}",
        MethodInfo method => $"M:{TypeId(method.DeclaringType!)}.{method.Name}{Parameters(method)}",
        _ => "",
    };

    private static string Parameters(MethodInfo method)
    {
        var parameters = method.GetParameters();
        return parameters.Length == 0 ? "" : $"({string.Join(',', parameters.Select(p => TypeId(p.ParameterType)))})";
    }

    private static string TypeId(Type type)
    {
        if (type.IsGenericParameter)
        {
            return "`" + type.GenericParameterPosition;
        }

        if (type.IsArray)
        {
            return TypeId(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return TypeId(type.GetElementType()!) + "@";
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var definition = type.GetGenericTypeDefinition().FullName!;
            definition = definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.');
            return $"{definition}{{{string.Join(',', type.GetGenericArguments().Select(TypeId))}}}";
        }

        return (type.FullName ?? type.Name).Replace('+', '.');
    }
}
