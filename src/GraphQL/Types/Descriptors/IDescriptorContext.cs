namespace KtPortal.GraphQL.Types;

/// <summary>
/// What a field extension (a <see cref="ObjectFieldDescriptorAttribute"/>, or a configuration registered with
/// <see cref="IObjectFieldDescriptor.OnBeforeCreate"/>) can reach while the code-first schema is compiled:
/// the GraphQL names of CLR types, and generated type definitions such as filter inputs or connection types.
/// </summary>
public interface IDescriptorContext
{
    /// <summary>The application's root services, when the schema is built from dependency injection.</summary>
    IServiceProvider? Services { get; }

    /// <summary>
    /// The GraphQL name of a CLR type, scalar class or descriptor type, adding it to the schema by convention
    /// when it is not there yet.
    /// </summary>
    /// <param name="type">The CLR type.</param>
    /// <param name="isInput">Whether the type is used as input (arguments, input fields).</param>
    string GetTypeName(Type type, bool isInput = false);

    /// <summary>Whether a type of that name is defined: by code-first, by SDL, or by <see cref="AddTypeDefinitions"/>.</summary>
    bool IsTypeDefined(string name);

    /// <summary>
    /// Adds the type definitions of an SDL document. A type whose name is defined already is skipped, so
    /// generated types (one filter input per entity) can be added by every field that needs them.
    /// </summary>
    /// <param name="sdl">Type definitions in SDL.</param>
    /// <param name="origin">What generated them, named in schema errors.</param>
    void AddTypeDefinitions(string sdl, string origin);

    /// <summary>Adds runtime behaviour (resolvers, context data) for generated types, applied when the schema is built.</summary>
    void AddBinding(Action<SchemaBuilder> binding);
}
