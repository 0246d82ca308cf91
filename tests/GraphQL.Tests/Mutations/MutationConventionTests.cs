using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.CodeFirst.CodeFirstTestHelpers;
using static KtPortal.GraphQL.Tests.Mutations.MutationModel;

namespace KtPortal.GraphQL.Tests.Mutations;

public sealed class MutationConventionTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddQueryType<Query>()
        .AddMutationType<TicketMutations>()
        .AddMutationConventions(applyToAllMutations: true)
        .Create();

    [Fact]
    public void The_printed_schema_has_input_payload_and_error_union_per_mutation()
    {
        Assert.Equal(
            """"
            type Query {
              version: Int!
            }

            type Mutation {
              createTicket(input: CreateTicketInput!): CreateTicketPayload!
              renameTicket(input: RenameTicketInput!): RenameTicketPayload!
              closeTicket(input: CloseTicketInput!): CloseTicketPayload!
              ping: PingPayload!
            }

            enum TicketPriority {
              LOW
              HIGH
            }

            input CreateTicketInput {
              title: String!
              priority: TicketPriority!
              description: String
            }

            type Ticket {
              id: Int!
              title: String!
              priority: TicketPriority!
            }

            """An expected failure of a mutation, returned as data in its payload."""
            interface Error {
              message: String!
              code: String!
              path: [String!]
            }

            type TicketNotFoundError implements Error {
              message: String!
              code: String!
              path: [String!]
            }

            type TitleTakenError implements Error {
              title: String!
              message: String!
              code: String!
              path: [String!]
            }

            union CreateTicketError = TicketNotFoundError | TitleTakenError

            type CreateTicketPayload {
              ticket: Ticket
              errors: [CreateTicketError!]
            }

            input RenameTicketInput {
              id: ID!
              title: String!
            }

            type QuotaExceededError implements Error {
              message: String!
              code: String!
              path: [String!]
              limit: Int!
            }

            union RenameTicketError = QuotaExceededError | TitleTakenError

            type RenameTicketPayload {
              renamed: Ticket
              errors: [RenameTicketError!]
            }

            input CloseTicketInput {
              id: Int!
            }

            type CloseTicketPayload {
              ticket: Ticket
              wasOpen: Boolean
              errors: [CloseTicketError!]
            }

            union CloseTicketError = TicketNotFoundError

            type PingPayload {
              boolean: Boolean
            }
            """",
            SchemaPrinter.Print(Schema));
    }

    [Fact]
    public void The_schema_passes_schema_validation_and_its_printed_sdl_builds_again()
    {
        Assert.Empty(KtPortal.GraphQL.Validation.SchemaValidator.Validate(Schema));

        var reprinted = SchemaBuilder.New().AddDocumentFromString(SchemaPrinter.Print(Schema)).Create();
        Assert.Equal(SchemaPrinter.Print(Schema), SchemaPrinter.Print(reprinted));
    }

    [Fact]
    public async Task The_input_fields_bind_to_the_method_parameters_and_the_result_fills_the_payload_field()
    {
        var result = await RunAsync(
            Schema,
            """mutation { createTicket(input: { title: "Printer", priority: HIGH, description: "3rd floor" }) { ticket { id title priority } errors { __typename } } }""");

        Assert.Equal(
            """{"data":{"createTicket":{"ticket":{"id":1,"title":"Printer (3rd floor)","priority":"HIGH"},"errors":null}}}""",
            result);
    }

    [Fact]
    public async Task A_declared_exception_becomes_an_error_object_named_after_it_with_an_upper_snake_code()
    {
        var result = await RunAsync(
            Schema,
            """mutation { createTicket(input: { title: "missing", priority: LOW }) { ticket { id } errors { __typename ... on Error { message code path } } } }""");

        Assert.Equal(
            """{"data":{"createTicket":{"ticket":null,"errors":[{"__typename":"TicketNotFoundError","message":"Ticket 41 was not found.","code":"TICKET_NOT_FOUND","path":null}]}}}""",
            result);
    }

    [Fact]
    public async Task A_returned_error_object_is_listed_in_errors_with_its_own_fields()
    {
        var result = await RunAsync(
            Schema,
            """mutation { createTicket(input: { title: "taken", priority: LOW }) { ticket { id } errors { ... on TitleTakenError { title message code path } } } }""");

        Assert.Equal(
            """{"data":{"createTicket":{"ticket":null,"errors":[{"title":"taken","message":"The title \"taken\" is taken.","code":"TITLE_TAKEN","path":["input","title"]}]}}}""",
            result);
    }

    [Fact]
    public async Task Several_errors_can_be_returned_at_once()
    {
        var result = await RunAsync(
            Schema,
            $$"""mutation { renameTicket(input: { id: "{{NodeIdSerializer.Default.Format("Ticket", 3)}}", title: "twice" }) { renamed { id } errors { ... on Error { message } } } }""");

        Assert.Equal(
            """{"data":{"renameTicket":{"renamed":null,"errors":[{"message":"The title \"twice\" is taken."},{"message":"The title \"twice, again\" is taken."}]}}}""",
            result);
    }

    [Fact]
    public async Task An_error_class_built_from_its_exception_maps_that_exception()
    {
        var result = await RunAsync(
            Schema,
            $$"""mutation { renameTicket(input: { id: "{{NodeIdSerializer.Default.Format("Ticket", 3)}}", title: "quota" }) { errors { ... on QuotaExceededError { message code limit } } } }""");

        Assert.Equal(
            """{"data":{"renameTicket":{"errors":[{"message":"At most 3 renames a day.","code":"QUOTA_EXCEEDED","limit":3}]}}}""",
            result);
    }

    [Fact]
    public async Task The_payload_field_can_be_renamed_and_id_input_fields_decode_to_the_key()
    {
        var result = await RunAsync(
            Schema,
            $$"""mutation { renameTicket(input: { id: "{{NodeIdSerializer.Default.Format("Ticket", 3)}}", title: "New" }) { renamed { id title } } }""");

        Assert.Equal("""{"data":{"renameTicket":{"renamed":{"id":3,"title":"New"}}}}""", result);
    }

    [Fact]
    public async Task An_id_input_field_of_another_type_is_a_validation_error_at_the_mutation()
    {
        var userId = NodeIdSerializer.Default.Format("User", 3);

        var result = await RunAsync(Schema, $$"""mutation { renameTicket(input: { id: "{{userId}}", title: "New" }) { renamed { id } } }""");

        Assert.Equal(
            """{"errors":[{"message":"The ID \"USER_ID\" is not a valid Ticket ID.","locations":[{"line":1,"column":12}],"path":["renameTicket"],"extensions":{"code":"VALIDATION_FAILED"}}],"data":null}"""
                .Replace("USER_ID", userId, StringComparison.Ordinal),
            result);
    }

    [Fact]
    public async Task An_undeclared_exception_stays_an_internal_field_error()
    {
        var result = await RunAsync(
            Schema,
            """mutation { createTicket(input: { title: "boom", priority: LOW }) { ticket { id } } }""");

        using var document = System.Text.Json.JsonDocument.Parse(result);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal("INTERNAL", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["createTicket"]""", error.GetProperty("path").GetRawText());
        Assert.DoesNotContain("on fire", result, StringComparison.Ordinal);
        Assert.Equal("null", document.RootElement.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_hand_written_payload_is_not_wrapped_again_and_gets_errors()
    {
        var closed = await RunAsync(Schema, """mutation { closeTicket(input: { id: 7 }) { ticket { id } wasOpen errors { __typename } } }""");
        var missing = await RunAsync(Schema, """mutation { closeTicket(input: { id: 404 }) { ticket { id } wasOpen errors { ... on Error { code } } } }""");

        Assert.Equal("""{"data":{"closeTicket":{"ticket":{"id":7},"wasOpen":true,"errors":null}}}""", closed);
        Assert.Equal("""{"data":{"closeTicket":{"ticket":null,"wasOpen":null,"errors":[{"code":"TICKET_NOT_FOUND"}]}}}""", missing);
    }

    [Fact]
    public void Without_apply_to_all_only_marked_mutations_follow_the_conventions()
    {
        var schema = SchemaBuilder.New().AddQueryType<Query>().AddMutationType<MarkedMutations>().AddMutationConventions().Create();

        var mutation = schema.MutationType!;
        Assert.Equal("RenameTicketPayload!", mutation.Fields["renameTicket"].Type.ToString());
        Assert.Equal("Boolean!", mutation.Fields["ping"].Type.ToString());
        Assert.False(schema.TryGetType("PingInput", out _));
    }

    [Fact]
    public void A_mutation_result_outside_the_conventions_does_not_build()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<Query>().AddMutationType<TicketMutations>().Create());

        Assert.Contains(
            exception.Errors,
            e => e.Message.StartsWith("The field \"createTicket\" returns a MutationResult, which needs the mutation conventions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Introspection_sees_the_generated_input_payload_union_and_error_interface()
    {
        var result = await RunAsync(
            Schema,
            """
            {
              input: __type(name: "CreateTicketInput") { kind inputFields { name type { kind name ofType { name } } } }
              union: __type(name: "CreateTicketError") { kind possibleTypes { name } }
              error: __type(name: "Error") { kind possibleTypes { name } }
              payload: __type(name: "CreateTicketPayload") { fields { name type { kind name ofType { kind } } } }
            }
            """);

        Assert.Equal(
            """{"data":{"input":{"kind":"INPUT_OBJECT","inputFields":[{"name":"title","type":{"kind":"NON_NULL","name":null,"ofType":{"name":"String"}}},{"name":"priority","type":{"kind":"NON_NULL","name":null,"ofType":{"name":"TicketPriority"}}},{"name":"description","type":{"kind":"SCALAR","name":"String","ofType":null}}]},"union":{"kind":"UNION","possibleTypes":[{"name":"TicketNotFoundError"},{"name":"TitleTakenError"}]},"error":{"kind":"INTERFACE","possibleTypes":[{"name":"TicketNotFoundError"},{"name":"TitleTakenError"},{"name":"QuotaExceededError"}]},"payload":{"fields":[{"name":"ticket","type":{"kind":"OBJECT","name":"Ticket","ofType":null}},{"name":"errors","type":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL"}}}]}}}""",
            result);
    }

    [Fact]
    public void An_error_type_that_is_not_a_class_does_not_build()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddQueryType<Query>()
            .AddMutationType<BrokenMutations>()
            .AddMutationConventions(applyToAllMutations: true)
            .Create());

        Assert.Contains("must be a class (an object type) or an exception", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }

    public sealed class BrokenMutations
    {
        [Error<TicketPriority>]
        public bool Break() => true;
    }

    public sealed class MarkedMutations
    {
        [UseMutationConvention]
        public Ticket RenameTicket(int id, string title) => new(id, title, TicketPriority.Low);

        public bool Ping() => true;
    }

    [Fact]
    public async Task A_mutation_error_subclass_converts_to_a_result_and_defaults_its_code_from_its_name()
    {
        var schema = SchemaBuilder.New().AddQueryType<Query>().AddMutationType<CancelMutations>().AddMutationConventions(applyToAllMutations: true).Create();

        var result = await RunAsync(schema, """mutation { cancelTicket(input: { id: 9 }) { ticket { id } errors { ... on AlreadyClosedError { id message code path } } } }""");

        Assert.Equal(
            """{"data":{"cancelTicket":{"ticket":null,"errors":[{"id":9,"message":"Ticket 9 is closed already.","code":"ALREADY_CLOSED","path":null}]}}}""",
            result);
        Assert.Contains("type AlreadyClosedError implements Error {", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    public sealed record AlreadyClosedError(int Id) : MutationError($"Ticket {Id} is closed already.");

    public sealed class CancelMutations
    {
        [Error<AlreadyClosedError>]
        public MutationResult<Ticket> CancelTicket(int id) => id == 9 ? new AlreadyClosedError(id) : new Ticket(id, "Cancelled", TicketPriority.Low);
    }
}
