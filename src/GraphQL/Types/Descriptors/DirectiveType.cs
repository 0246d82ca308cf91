using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Describes a custom directive definition, so that it appears in the schema and can be applied.</summary>
public class DirectiveType : TypeSystemDefinition
{
    internal override Type? RuntimeType => null;

    /// <summary>Configures the directive; it must set the name and at least one location.</summary>
    protected virtual void Configure(IDirectiveTypeDescriptor descriptor)
    {
    }

    internal override TypeDefinitionData Describe()
    {
        var data = new TypeDefinitionData();
        Configure(new DirectiveTypeDescriptor(data));
        return data;
    }
}
