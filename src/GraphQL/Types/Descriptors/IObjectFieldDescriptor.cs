using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types;

/// <summary>Configures an output field.</summary>
public interface IObjectFieldDescriptor
{
    /// <summary>Sets the GraphQL name.</summary>
    IObjectFieldDescriptor Name(string name);

    /// <summary>Sets the description.</summary>
    IObjectFieldDescriptor Description(string? description);

    /// <summary>Deprecates the field; without a reason graphql's default reason applies.</summary>
    IObjectFieldDescriptor Deprecated(string? reason = null);

    /// <summary>Removes the field from the type.</summary>
    IObjectFieldDescriptor Ignore(bool ignore = true);

    /// <summary>Sets the type from a CLR type, a scalar class or a descriptor type.</summary>
    IObjectFieldDescriptor Type<TType>();

    /// <summary>Sets the type from SDL syntax, e.g. <c>[String!]!</c>.</summary>
    IObjectFieldDescriptor Type(string typeSyntax);

    /// <summary>Adds (or configures) an argument.</summary>
    IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    /// <summary>Sets the resolver.</summary>
    IObjectFieldDescriptor Resolve(FieldResolverDelegate resolver);

    /// <summary>Sets a synchronous resolver.</summary>
    IObjectFieldDescriptor Resolve(Func<IResolverContext, object?> resolver);

    /// <summary>Sets an asynchronous resolver that receives the request's cancellation token.</summary>
    IObjectFieldDescriptor Resolve(Func<IResolverContext, CancellationToken, Task<object?>> resolver);

    /// <summary>Sets the source stream of a subscription field.</summary>
    IObjectFieldDescriptor Subscribe(SubscribeResolverDelegate subscribe);

    /// <summary>Keeps the resolver from running concurrently with its siblings.</summary>
    IObjectFieldDescriptor Serial();

    /// <summary>Applies a directive to the field.</summary>
    IObjectFieldDescriptor Directive(string name, IReadOnlyDictionary<string, object?>? arguments = null);

    /// <summary>
    /// The property or method behind the field, or <see langword="null"/> for a field added by name.
    /// </summary>
    System.Reflection.MemberInfo? Member { get; }

    /// <summary>Wraps the resolver; the first middleware added runs outermost.</summary>
    IObjectFieldDescriptor Use(FieldMiddleware middleware);

    /// <summary>
    /// Wraps the resolver with <paramref name="middleware"/>, which has a batch form: when it runs outermost, the
    /// field also gets a batch resolver (<see cref="OutputField.BatchResolver"/>), made of
    /// <paramref name="batchMiddleware"/> around the rest of the pipeline, which resolves the field for all the
    /// items of a list at once.
    /// </summary>
    IObjectFieldDescriptor Use(FieldMiddleware middleware, BatchFieldMiddleware batchMiddleware);

    /// <summary>Attaches build-time metadata to the field (<see cref="OutputField.ContextData"/>).</summary>
    IObjectFieldDescriptor ContextData(string key, object? value);

    /// <summary>
    /// Runs <paramref name="configure"/> when the schema is compiled, with a context that names CLR types and
    /// adds generated types; extension methods such as <c>UseFiltering()</c> are built on it.
    /// </summary>
    IObjectFieldDescriptor OnBeforeCreate(Action<IDescriptorContext, IObjectFieldDescriptor> configure);
}
