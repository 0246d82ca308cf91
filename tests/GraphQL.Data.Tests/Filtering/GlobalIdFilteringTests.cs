using System.Text.Json;
using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>
/// Members holding global IDs (a node's id, members marked <c>[ID]</c>) are filtered with the IDs clients read from
/// them, decoded to keys; an ID that is malformed or of another type is a <c>VALIDATION_FAILED</c> error.
/// </summary>
public sealed class GlobalIdFilteringTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddQueryType<PartQuery>()
        .AddType<Maker>()
        .AddGlobalObjectIdentification()
        .Create();

    private static readonly NodeIdSerializer Ids = NodeIdSerializer.Default;

    private static readonly Guid First = new("7d0c0f4e-1b2a-4c3d-9e8f-000000000001");
    private static readonly Guid Second = new("7d0c0f4e-1b2a-4c3d-9e8f-000000000002");
    private static readonly Guid Third = new("7d0c0f4e-1b2a-4c3d-9e8f-000000000003");

    [Fact]
    public void The_inputs_compare_IDs_for_equality_only()
    {
        var sdl = SchemaText.Types(Schema, "PartFilterInput", "IdOperationFilterInput");

        Assert.Contains("  id: IdOperationFilterInput\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  makerId: IdOperationFilterInput\n", sdl, StringComparison.Ordinal);
        Assert.Contains("input IdOperationFilterInput {\n  eq: ID\n  neq: ID\n  in: [ID]\n  nin: [ID]\n}", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_IDs_a_client_reads_are_the_IDs_it_filters_with()
    {
        using var all = await RunAsync("{ parts { id makerId } }");
        var parts = all.RootElement.GetProperty("data").GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(Ids.Format("Part", Second), parts[1].GetProperty("id").GetString());
        Assert.Equal(Ids.Format("Maker", 7), parts[1].GetProperty("makerId").GetString());

        Assert.Equal([Second], await IdsAsync($$"""id: { eq: "{{Ids.Format("Part", Second)}}" }"""));
        Assert.Equal([First, Third], await IdsAsync($$"""id: { neq: "{{Ids.Format("Part", Second)}}" }"""));
        Assert.Equal([First, Third], await IdsAsync($$"""id: { in: ["{{Ids.Format("Part", First)}}", "{{Ids.Format("Part", Third)}}"] }"""));
        Assert.Equal([Second, Third], await IdsAsync($$"""makerId: { eq: "{{Ids.Format("Maker", 7)}}" }"""));
        Assert.Equal([First], await IdsAsync($$"""makerId: { nin: ["{{Ids.Format("Maker", 7)}}"] }"""));
        Assert.Equal([Third], await IdsAsync($$"""checkerId: { eq: "{{Ids.Format("Maker", 9)}}" }"""));
        Assert.Equal([First, Second], await IdsAsync("checkerId: { eq: null }"));
        Assert.Equal([Second, Third], await IdsAsync("makerId: { eq: $maker }", new Dictionary<string, object?> { ["maker"] = Ids.Format("Maker", 7) }));
    }

    [Theory]
    [InlineData("makerId: { eq: \"not an id\" }", "Invalid where.makerId.eq: is not a valid Maker ID.")]
    [InlineData("makerId: { in: [\"{maker}\", \"{part}\"] }", "Invalid where.makerId.in[1]: is not a valid Maker ID.")]
    [InlineData("id: { eq: \"{maker}\" }", "Invalid where.id.eq: is not a valid Part ID.")]
    [InlineData("id: { eq: \"{makerWithTextKey}\" }", "Invalid where.id.eq: is not a valid Part ID.")]
    public async Task A_malformed_ID_or_one_of_another_type_is_VALIDATION_FAILED(string filter, string message)
    {
        filter = filter.Replace("{maker}", Ids.Format("Maker", 7), StringComparison.Ordinal)
            .Replace("{part}", Ids.Format("Part", First), StringComparison.Ordinal)
            .Replace("{makerWithTextKey}", Ids.Format("Part", "seven"), StringComparison.Ordinal);

        using var result = await RunAsync($"{{ parts(where: {{ {filter} }}) {{ id }} }}");

        var error = Assert.Single(result.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.ValidationFailed, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static async Task<Guid[]> IdsAsync(string filter, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var declared = variables is null ? string.Empty : "($maker: ID)";
        using var result = await RunAsync($"query{declared} {{ parts(where: {{ {filter} }}) {{ id }} }}", variables);
        Assert.False(result.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return
        [
            .. result.RootElement.GetProperty("data").GetProperty("parts").EnumerateArray()
                .Select(p => Ids.TryParse(p.GetProperty("id").GetString()!, out var id) && id.TryGetKey<Guid>(out var key) ? key : Guid.Empty),
        ];
    }

    private static async Task<JsonDocument> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var result = await new RequestExecutor(Schema).ExecuteAsync(new OperationRequest { Query = query, VariableValues = variables });
        return JsonDocument.Parse(Assert.IsType<OperationResult>(result).ToJson());
    }

    /// <summary>A part, as a node with a GUID key.</summary>
    [Node]
    public sealed class Part
    {
        /// <summary>The part's global ID.</summary>
        public Guid Id { get; init; }

        /// <summary>Who makes it.</summary>
        [ID<Maker>]
        public int MakerId { get; init; }

        /// <summary>Who checked it, if anyone.</summary>
        [ID("Maker")]
        public int? CheckerId { get; init; }

        /// <summary>Finds a part.</summary>
        [NodeResolver]
        public static Part? Get(Guid id) => PartQuery.All.FirstOrDefault(p => p.Id == id);
    }

    /// <summary>A maker, as a node with an integer key.</summary>
    [Node]
    public sealed class Maker
    {
        /// <summary>The maker's global ID.</summary>
        public int Id { get; init; }

        /// <summary>Finds a maker.</summary>
        [NodeResolver]
        public static Maker Get(int id) => new() { Id = id };
    }

    /// <summary>The parts.</summary>
    public sealed class PartQuery
    {
        internal static readonly Part[] All =
        [
            new() { Id = First, MakerId = 5 },
            new() { Id = Second, MakerId = 7 },
            new() { Id = Third, MakerId = 7, CheckerId = 9 },
        ];

        /// <summary>All parts.</summary>
        [UseFiltering]
        public IQueryable<Part> GetParts() => All.AsQueryable();
    }
}
