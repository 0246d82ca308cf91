using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what a descriptor says about one output field.</summary>
internal sealed class ObjectFieldDescriptor(MemberDefinition field) : IObjectFieldDescriptor
{
    /// <summary>What this descriptor records.</summary>
    public MemberDefinition Definition => @field;

    public IObjectFieldDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        field.Name = name;
        return this;
    }

    public IObjectFieldDescriptor Description(string? description)
    {
        field.Description = description;
        return this;
    }

    public IObjectFieldDescriptor Deprecated(string? reason = null)
    {
        field.DeprecationReason = reason ?? "No longer supported.";
        return this;
    }

    public IObjectFieldDescriptor Ignore(bool ignore = true)
    {
        field.IsIgnored = ignore;
        return this;
    }

    public IObjectFieldDescriptor Type<TType>()
    {
        field.Type = new TypeChoice(typeof(TType), null);
        return this;
    }

    public IObjectFieldDescriptor Type(string typeSyntax)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeSyntax);
        field.Type = new TypeChoice(null, typeSyntax);
        return this;
    }

    public IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        var argument = field.Arguments.Find(a => a.Name == name);
        if (argument is null)
        {
            argument = new MemberDefinition(null, name);
            field.Arguments.Add(argument);
        }

        configure(new ArgumentDescriptor(argument));
        return this;
    }

    public IObjectFieldDescriptor Resolve(FieldResolverDelegate resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        field.Resolver = resolver;
        return this;
    }

    public IObjectFieldDescriptor Resolve(Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        field.Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    public IObjectFieldDescriptor Resolve(Func<IResolverContext, CancellationToken, Task<object?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        field.Resolver = context => new ValueTask<object?>(resolver(context, context.RequestAborted));
        return this;
    }

    public IObjectFieldDescriptor Subscribe(SubscribeResolverDelegate subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        field.SubscribeResolver = subscribe;
        return this;
    }

    public IObjectFieldDescriptor Serial()
    {
        field.IsSerial = true;
        return this;
    }

    public IObjectFieldDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        field.Directives.Add(new DirectiveApplication(name, arguments ?? new Dictionary<string, object?>()));
        return this;
    }

    public System.Reflection.MemberInfo? Member => @field.Member;

    public IObjectFieldDescriptor Use(FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        field.Middleware.Add(middleware);
        return this;
    }

    public IObjectFieldDescriptor Use(FieldMiddleware middleware, BatchFieldMiddleware batchMiddleware)
    {
        ArgumentNullException.ThrowIfNull(batchMiddleware);
        Use(middleware);
        field.BatchMiddleware[middleware] = batchMiddleware;
        return this;
    }

    public IObjectFieldDescriptor ContextData(string key, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        field.ContextData[key] = value;
        return this;
    }

    public IObjectFieldDescriptor OnBeforeCreate(Action<IDescriptorContext, IObjectFieldDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        field.Configurations.Add(configure);
        return this;
    }
}
