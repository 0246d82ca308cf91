using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Types;

public sealed class TypeComparatorsTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("""
            type Query { a: Int }
            interface Node { id: ID }
            interface Named implements Node { id: ID name: String }
            type Dog implements Named & Node { id: ID name: String }
            type Cat implements Node { id: ID }
            type Rock { weight: Int }
            union Pet = Dog | Cat
            union Thing = Rock
            """)
        .Create();

    private static IType Type(string text) => Schema.TypeFromAst(Utf8GraphQLParser.ParseType(text))!;

    [Theory]
    [InlineData("Int", "Int", true)]
    [InlineData("[Int!]!", "[Int!]!", true)]
    [InlineData("[Int]", "[Int!]", false)]
    [InlineData("Int!", "Int", false)]
    [InlineData("Dog", "Cat", false)]
    public void IsEqualType(string a, string b, bool expected)
        => Assert.Equal(expected, TypeComparators.IsEqualType(Type(a), Type(b)));

    [Theory]
    [InlineData("Int!", "Int", true)]
    [InlineData("Int", "Int!", false)]
    [InlineData("[Int!]", "[Int]", true)]
    [InlineData("[Int]", "Int", false)]
    [InlineData("Int", "[Int]", false)]
    [InlineData("Dog", "Node", true)]
    [InlineData("Named", "Node", true)]
    [InlineData("Dog!", "Pet", true)]
    [InlineData("Rock", "Node", false)]
    [InlineData("Node", "Named", false)]
    [InlineData("[Dog]", "[Named]", true)]
    public void IsTypeSubTypeOf(string sub, string super, bool expected)
        => Assert.Equal(expected, TypeComparators.IsTypeSubTypeOf(Schema, Type(sub), Type(super)));

    [Theory]
    [InlineData("Dog", "Dog", true)]
    [InlineData("Dog", "Cat", false)]
    [InlineData("Pet", "Named", true)]
    [InlineData("Cat", "Named", false)]
    [InlineData("Thing", "Pet", false)]
    [InlineData("Node", "Pet", true)]
    [InlineData("Rock", "Thing", true)]
    public void DoTypesOverlap(string a, string b, bool expected)
    {
        var typeA = (ICompositeType)Type(a);
        var typeB = (ICompositeType)Type(b);

        Assert.Equal(expected, TypeComparators.DoTypesOverlap(Schema, typeA, typeB));
        Assert.Equal(expected, TypeComparators.DoTypesOverlap(Schema, typeB, typeA));
    }

    [Fact]
    public void TypeFromAst_UnknownNamedType_IsNull()
        => Assert.Null(Schema.TypeFromAst(Utf8GraphQLParser.ParseType("[Missing!]")));

    [Fact]
    public void Helpers_FollowGraphQLJsPredicates()
    {
        var listOfDogs = Type("[Dog!]!");
        Assert.Equal("Dog", listOfDogs.NamedType().Name);
        Assert.Equal("[Dog!]", listOfDogs.NullableType().ToString());
        Assert.True(listOfDogs.IsOutputType());
        Assert.False(listOfDogs.IsInputType());
        Assert.False(listOfDogs.IsCompositeType());
        Assert.True(Type("Pet").IsAbstractType());
        Assert.True(Type("Int").IsLeafType());
        Assert.True(Type("[Int]").IsInputType());
    }
}
