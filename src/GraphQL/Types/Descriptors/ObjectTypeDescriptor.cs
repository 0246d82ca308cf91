using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what <c>Configure</c> says about an object type, for the schema build to apply.</summary>
internal sealed class ObjectTypeDescriptor<T>(TypeDefinitionData data) : IObjectTypeDescriptor<T>, ITypeDefinitionDescriptor
{
    public TypeDefinitionData Data => data;

    /// <summary>What <paramref name="configure"/> says about the type.</summary>
    public static TypeDefinitionData Describe(Action<IObjectTypeDescriptor<T>> configure)
    {
        var data = new TypeDefinitionData();
        configure(new ObjectTypeDescriptor<T>(data));
        return data;
    }

    public IObjectTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        data.Name = name;
        return this;
    }

    public IObjectTypeDescriptor<T> Description(string? description)
    {
        data.Description = description;
        return this;
    }

    public IObjectTypeDescriptor<T> Implements<TInterface>()
    {
        data.Interfaces.Add(typeof(TInterface));
        return this;
    }

    public IObjectTypeDescriptor<T> BindFieldsExplicitly()
    {
        data.BindFieldsExplicitly = true;
        return this;
    }

    public IObjectTypeDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        data.Directives.Add(new DirectiveApplication(name, arguments ?? new Dictionary<string, object?>()));
        return this;
    }

    public IObjectFieldDescriptor Field(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var field = data.Fields.Find(f => f.Member is null && f.Name == name) ?? Add(new MemberDefinition(null, name));
        return new ObjectFieldDescriptor(field);
    }

    public IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var info = MemberOf(member.Body)
            ?? throw new ArgumentException("The expression must select a property or call a method of the type, e.g. x => x.Name.", nameof(member));
        var field = data.Fields.Find(f => f.Member == info) ?? Add(new MemberDefinition(info, null));
        return new ObjectFieldDescriptor(field);
    }

    public INodeDescriptor<T> ImplementsNode() => new NodeDescriptor<T>(this, data.Node ??= new NodeDefinition());

    IObjectTypeDescriptor IObjectTypeDescriptor.Name(string name) => Name(name);

    IObjectTypeDescriptor IObjectTypeDescriptor.Description(string? description) => Description(description);

    IObjectTypeDescriptor IObjectTypeDescriptor.Implements<TInterface>() => Implements<TInterface>();

    internal static MemberInfo? MemberOf(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => MemberOf(convert.Operand),
        MemberExpression { Member: PropertyInfo or FieldInfo } access => access.Member,
        MethodCallExpression call => call.Method,
        _ => null,
    };

    private MemberDefinition Add(MemberDefinition field)
    {
        data.Fields.Add(field);
        return field;
    }
}
