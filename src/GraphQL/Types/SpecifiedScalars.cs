namespace KtPortal.GraphQL.Types;

/// <summary>The built-in scalars: Int, Float, String, Boolean and ID.</summary>
// https://spec.graphql.org/October2021/#sec-Scalars.Built-in-Scalars
public static class SpecifiedScalars
{
    /// <summary>The <c>Int</c> scalar.</summary>
    public static ScalarType Int => BuiltInScalarType.Int;

    /// <summary>The <c>Float</c> scalar.</summary>
    public static ScalarType Float => BuiltInScalarType.Float;

    /// <summary>The <c>String</c> scalar.</summary>
    public static ScalarType String => BuiltInScalarType.String;

    /// <summary>The <c>Boolean</c> scalar.</summary>
    public static ScalarType Boolean => BuiltInScalarType.Boolean;

    /// <summary>The <c>ID</c> scalar.</summary>
    public static ScalarType Id => BuiltInScalarType.Id;

    /// <summary>All five, in graphql-js <c>specifiedScalarTypes</c> order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, Id];

    /// <summary>Whether <paramref name="typeName"/> names a built-in scalar.</summary>
    public static bool IsSpecified(string typeName)
        => typeName is "String" or "Int" or "Float" or "Boolean" or "ID";
}
