using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what <c>Configure</c> says about an enum type.</summary>
internal sealed class EnumTypeDescriptor<T>(TypeDefinitionData data) : IEnumTypeDescriptor<T>
    where T : struct, Enum
{
    public IEnumTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        data.Name = name;
        return this;
    }

    public IEnumTypeDescriptor<T> Description(string? description)
    {
        data.Description = description;
        return this;
    }

    public IEnumValueDescriptor Value(T value)
    {
        var definition = data.Values.Find(v => v.Value.Equals(value)).Definition;
        if (definition is null)
        {
            definition = new MemberDefinition(null, null);
            data.Values.Add((value, definition));
        }

        return new EnumValueDescriptor(definition);
    }

    private sealed class EnumValueDescriptor(MemberDefinition value) : IEnumValueDescriptor
    {
        public IEnumValueDescriptor Name(string name)
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            value.Name = name;
            return this;
        }

        public IEnumValueDescriptor Description(string? description)
        {
            value.Description = description;
            return this;
        }

        public IEnumValueDescriptor Deprecated(string? reason = null)
        {
            value.DeprecationReason = reason ?? "No longer supported.";
            return this;
        }

        public IEnumValueDescriptor Ignore(bool ignore = true)
        {
            value.IsIgnored = ignore;
            return this;
        }
    }
}
