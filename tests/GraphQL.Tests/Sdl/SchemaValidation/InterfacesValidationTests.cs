namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Expected errors are graphql-js 16.15.0 validateSchema(buildSchema(sdl)) output for the same documents.
public sealed class InterfacesValidationTests
{
    [Fact]
    public void CorrectImplementations_AreValid()
    {
        const string sdl = """
            type Query implements I & J { a(x: Int, y: String): Obj! b: [Obj!]! c: U d: I e: Int }
            interface I { a(x: Int): Node b: [Node] c: U }
            interface J implements I { a(x: Int): Node b: [Node] c: U d: I }
            interface Node { id: ID }
            type Obj implements Node { id: ID }
            union U = Obj
            """;

        SchemaAssert.Valid(sdl);
    }

    [Fact]
    public void ImplementingNonInterfaceTypes_IsReported()
    {
        const string sdl = """
            type Query implements Obj & U & In & I { a: Int }
            type Obj { a: Int }
            union U = Obj
            input In { a: Int }
            interface I { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Type Query must only implement Interface types, it cannot implement Obj.",
                (1, 23)),
            SchemaAssert.Error(
                "Type Query must only implement Interface types, it cannot implement U.",
                (1, 29)),
            SchemaAssert.Error(
                "Type Query must only implement Interface types, it cannot implement In.",
                (1, 33)));
    }

    [Fact]
    public void InterfaceImplementingItself_IsReported()
    {
        const string sdl = """
            type Query { a: I }
            interface I implements I { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Type I cannot implement itself because it would create a circular reference.",
                (2, 24)));
    }

    [Fact]
    public void ImplementingAnInterfaceTwice_IsReported()
    {
        const string sdl = """
            type Query implements I & I { a: Int }
            extend type Query implements I
            interface I { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Type Query can only implement I once.",
                (1, 23), (1, 27), (2, 30)),
            SchemaAssert.Error(
                "Type Query can only implement I once.",
                (1, 23), (1, 27), (2, 30)));
    }

    [Fact]
    public void MissingInterfaceField_IsReportedWithTypeAndExtensions()
    {
        const string sdl = """
            type Query implements I { a: Int }
            extend type Query { c: Int }
            interface I { a: Int b: String }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Interface field I.b expected but Query does not provide it.",
                (3, 22), (1, 1), (2, 1)));
    }

    [Fact]
    public void IncompatibleFieldTypes_AreReported()
    {
        const string sdl = """
            type Query implements I { a: String b: [Int] c: Int d: Obj e: Int! f: [Int]! }
            interface I { a: Int b: Int c: [Int] d: I e: Int f: [Int!] }
            type Obj { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Interface field I.a expects type Int but Query.a is type String.",
                (2, 18), (1, 30)),
            SchemaAssert.Error(
                "Interface field I.b expects type Int but Query.b is type [Int].",
                (2, 25), (1, 40)),
            SchemaAssert.Error(
                "Interface field I.c expects type [Int] but Query.c is type Int.",
                (2, 32), (1, 49)),
            SchemaAssert.Error(
                "Interface field I.d expects type I but Query.d is type Obj.",
                (2, 41), (1, 56)),
            SchemaAssert.Error(
                "Interface field I.f expects type [Int!] but Query.f is type [Int]!.",
                (2, 53), (1, 71)));
    }

    [Fact]
    public void ArgumentMismatches_AreReported()
    {
        const string sdl = """
            type Query implements I { a(x: String, z: Int!): Int b: Int c(q: Int, r: Int = 1, s: [Int]): Int }
            interface I { a(x: Int, y: Int): Int b(x: Int): Int c(q: Int): Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String.",
                (2, 20), (1, 32)),
            SchemaAssert.Error(
                "Interface field argument I.a(y:) expected but Query.a does not provide it.",
                (2, 25), (1, 27)),
            SchemaAssert.Error(
                "Object field Query.a includes required argument z that is missing from the Interface field I.a.",
                (1, 40), (2, 15)),
            SchemaAssert.Error(
                "Interface field argument I.b(x:) expected but Query.b does not provide it.",
                (2, 40), (1, 54)));
    }

    [Fact]
    public void MissingTransitiveInterface_IsReported()
    {
        const string sdl = """
            type Query implements B { a: Int }
            interface A { a: Int }
            interface B implements A { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Type Query must implement A because it is implemented by B.",
                (3, 24), (1, 23)));
    }

    [Fact]
    public void CircularInterfaceImplementations_AreReported()
    {
        const string sdl = """
            type Query implements A & B { a: Int }
            interface A implements B { a: Int }
            interface B implements A { a: Int }
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Type A cannot implement B because it would create a circular reference.",
                (3, 24), (2, 24)),
            SchemaAssert.Error(
                "Type B cannot implement A because it would create a circular reference.",
                (2, 24), (3, 24)));
    }

    [Fact]
    public void ImplementationsInExtensions_AreValidated()
    {
        const string sdl = """
            type Query { a: Int }
            interface I { b: Int }
            extend type Query implements I
            extend type Query implements I
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Interface field I.b expected but Query does not provide it.",
                (2, 15), (1, 1), (3, 1), (4, 1)),
            SchemaAssert.Error(
                "Type Query can only implement I once.",
                (3, 30), (4, 30)));
    }

    [Fact]
    public void InterfaceMemberOfUnion_CountsAsSubtypeLikeGraphQLJs()
    {
        const string sdl = """
            type Query implements I { f: J g: Query }
            interface I { f: U g: U }
            interface J { a: Int }
            union U = J
            """;

        SchemaAssert.Errors(
            sdl,
            SchemaAssert.Error(
                "Interface field I.g expects type U but Query.g is type Query.",
                (2, 23), (1, 35)),
            SchemaAssert.Error(
                "Union type U can only include Object types, it cannot include J.",
                (4, 11)));
    }
}
