using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

/// <summary>A small schema with an interface, a union and CLR-typed values for execution tests.</summary>
internal static class PetSchema
{
    public const string Sdl = """
        interface Named { name: String! }
        type Dog implements Named { name: String! barks: Boolean nickname: String }
        type Cat implements Named { name: String! meows: Boolean }
        union Pet = Dog | Cat
        enum Color { RED GREEN }
        type Query {
          pets: [Pet]
          named: [Named!]
          dog: Dog
          color: Color
          badColor: Color
          echo(text: String = "default", times: Int): String
          required(id: ID!): String
          withDefault(id: ID! = "d"): String
        }
        """;

    public static Schema Create() => Builder(Sdl)
        .BindRuntimeType("Dog", typeof(Dog))
        .BindRuntimeType("Cat", typeof(Cat))
        .AddResolver("Query", "pets", Value(new object[] { new Dog("Rex", true), new Cat("Tom", false) }))
        .AddResolver("Query", "named", Value(new List<object> { new Cat("Kitty", true), new Dog("Fido", false) }))
        .AddResolver("Query", "dog", Value(new Dog("Rex", true)))
        .AddResolver("Query", "color", Value("GREEN"))
        .AddResolver("Query", "badColor", Value("BLUE"))
        .AddResolver("Query", "echo", context => ValueTask.FromResult<object?>(
            context.HasArgument("times")
                ? string.Concat(Enumerable.Repeat(context.ArgumentValue<string>("text"), context.ArgumentValue<int>("times")))
                : context.ArgumentValue<string?>("text") ?? "null"))
        .AddResolver("Query", "required", context => ValueTask.FromResult<object?>(context.ArgumentValue<string>("id")))
        .AddResolver("Query", "withDefault", context => ValueTask.FromResult<object?>(context.ArgumentValue<string>("id")))
        .Create();

    public sealed record Dog(string Name, bool Barks)
    {
        public string? Nickname => null;
    }

    public sealed record Cat(string Name, bool Meows);
}
