using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.CodeFirst.CodeFirstTestHelpers;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstAbstractDescriptorTests
{
    [Fact]
    public async Task Interface_and_union_descriptors_describe_abstract_types()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType<ShapeQuery>()
            .AddType<ShapeInterfaceType>()
            .AddType<Circle>()
            .AddType<Square>()
            .AddType<DrawingUnionType>()
            .Create();

        Assert.Equal(
            """"
            type Query {
              shapes: [Shape!]!
              drawings: [Drawing!]!
            }

            """Something with an area."""
            interface Shape {
              area: Float!
            }

            union Drawing = Circle | Square

            type Circle implements Shape {
              radius: Float!
              area: Float!
            }

            type Square implements Shape {
              side: Float!
              area: Float!
            }
            """",
            SchemaPrinter.Print(schema));
        Assert.Equal(
            """{"data":{"shapes":[{"__typename":"Circle","area":3},{"__typename":"Square","area":4}],"drawings":[{"__typename":"Square","side":2}]}}""",
            await RunAsync(schema, "{ shapes { __typename area } drawings { __typename ... on Square { side } } }"));
    }

    public interface IShape
    {
        double Area { get; }

        string Kind { get; }
    }

    public interface IDrawing;

    public sealed record Circle(double Radius) : IShape, IDrawing
    {
        public double Area => 3;

        [GraphQLIgnore]
        public string Kind => "circle";
    }

    public sealed record Square(double Side) : IShape, IDrawing
    {
        public double Area => Side * Side;

        [GraphQLIgnore]
        public string Kind => "square";
    }

    public sealed class ShapeQuery
    {
        public IReadOnlyList<IShape> Shapes => [new Circle(1), new Square(2)];

        public IReadOnlyList<IDrawing> Drawings => [new Square(2)];
    }

    public sealed class ShapeInterfaceType : InterfaceType<IShape>
    {
        protected override void Configure(IInterfaceTypeDescriptor<IShape> descriptor)
        {
            descriptor.Name("Shape").Description("Something with an area.");
            descriptor.Field(s => s.Kind).Ignore();
        }
    }

    public sealed class DrawingUnionType : UnionType<IDrawing>
    {
        protected override void Configure(IUnionTypeDescriptor descriptor)
            => descriptor.Name("Drawing").Type<Circle>().Type<Square>();
    }
}
