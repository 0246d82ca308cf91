using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Tests.Fields;

public sealed class ProjectionAttributeTests
{
    private static readonly KtPortal.GraphQL.Types.Schema Schema = SchemaBuilder.New()
        .AddQueryType<WidgetQuery>()
        .AddTypeExtension<WidgetExtensions>()
        .Create();

    [Theory]
    [InlineData("{ widgets { seen } }", """{"data":{"widgets":[{"seen":"1||ann|"}]}}""")]
    [InlineData("{ widgets { name seen } }", """{"data":{"widgets":[{"name":"gear","seen":"1|gear|ann|"}]}}""")]
    [InlineData("{ widgets { blob seen } }", """{"data":{"widgets":[{"blob":"","seen":"1||ann|"}]}}""")]
    [InlineData("{ widgets { label } }", """{"data":{"widgets":[{"label":"gear by ann"}]}}""")]
    public async Task Projected_entities_hold_the_selected_and_forced_members_only(string query, string expected)
    {
        var executor = new RequestExecutor(Schema);
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = query });

        Assert.Equal(expected, Assert.IsType<OperationResult>(result).ToJson());
    }

    /// <summary>Widgets.</summary>
    public sealed class WidgetQuery
    {
        /// <summary>All widgets.</summary>
        [UseProjection]
        public IQueryable<Widget> GetWidgets() => new[] { new Widget { Id = 1, Name = "gear", Owner = "ann", Blob = "large" } }.AsQueryable();
    }

    /// <summary>Computed widget fields.</summary>
    [ExtendObjectType(typeof(Widget))]
    public sealed class WidgetExtensions
    {
        /// <summary>What the projection loaded.</summary>
        public string GetSeen([Parent] Widget widget) => $"{widget.Id}|{widget.Name}|{widget.Owner}|{widget.Blob}";

        /// <summary>A label from two members.</summary>
        [Requires(nameof(Widget.Name))]
        public string GetLabel([Parent] Widget widget) => $"{widget.Name} by {widget.Owner}";
    }

    /// <summary>A widget.</summary>
    public sealed class Widget
    {
        /// <summary>The key.</summary>
        public int Id { get; set; }

        /// <summary>The name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>Read by code behind the scenes.</summary>
        [IsProjected]
        [GraphQLIgnore]
        public string Owner { get; set; } = string.Empty;

        /// <summary>Never loaded by a projection.</summary>
        [IsProjected(false)]
        public string Blob { get; set; } = string.Empty;
    }
}
