using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>What every code-first type definition has.</summary>
internal abstract class TypeModel(string name, string origin)
{
    public string Name { get; set; } = name;

    public string Origin { get; } = origin;

    public string? Description { get; set; }

    public List<DirectiveNode> Directives { get; } = [];
}

/// <summary>An object or interface type (or an extension of one).</summary>
internal sealed class ComplexTypeModel(string name, string origin, bool isInterface) : TypeModel(name, origin)
{
    public bool IsInterface { get; } = isInterface;

    /// <summary>Whether the definition adds fields to a type defined elsewhere (<c>extend type</c>).</summary>
    public bool IsExtension { get; set; }

    public Type? RuntimeType { get; set; }

    public List<FieldModel> Fields { get; } = [];

    public List<string> Interfaces { get; } = [];

    /// <summary>Rules guarding every field of the type, wherever the field is declared.</summary>
    public List<Authorization.AuthorizationRule> Authorization { get; } = [];
}

/// <summary>An input object type.</summary>
internal sealed class InputTypeModel(string name, string origin) : TypeModel(name, origin)
{
    public Type? RuntimeType { get; set; }

    public bool IsOneOf { get; set; }

    public List<ArgumentModel> Fields { get; } = [];

    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; set; }

    /// <summary>Whether coercion builds the CLR value; not for inputs with ID fields (see <see cref="IdInputDecoder"/>).</summary>
    public bool BindsFactory { get; set; } = true;
}

/// <summary>An enum type and the runtime value of each value.</summary>
internal sealed class EnumTypeModel(string name, string origin) : TypeModel(name, origin)
{
    public Type? RuntimeType { get; set; }

    public List<EnumValueModel> Values { get; } = [];
}

/// <summary>An enum value.</summary>
internal sealed class EnumValueModel(string name, string origin, object runtimeValue)
{
    public string Name { get; set; } = name;

    public string Origin { get; } = origin;

    public object RuntimeValue { get; } = runtimeValue;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsIgnored { get; set; }
}

/// <summary>A union type; members come from names or from the CLR types that implement a marker interface.</summary>
internal sealed class UnionTypeModel(string name, string origin) : TypeModel(name, origin)
{
    public Type? MarkerType { get; set; }

    public List<string> Types { get; } = [];
}

/// <summary>A custom directive definition.</summary>
internal sealed class DirectiveModel(string name, string origin)
{
    public string Name { get; set; } = name;

    public string Origin { get; } = origin;

    public string? Description { get; set; }

    public bool IsRepeatable { get; set; }

    public List<string> Locations { get; } = [];

    public List<ArgumentModel> Arguments { get; } = [];
}
