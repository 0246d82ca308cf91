using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstErrorTests
{
    private const string Here = "KtPortal.GraphQL.Tests.CodeFirst.CodeFirstErrorTests";

    [Fact]
    public void A_long_without_a_GraphQL_type_names_the_member()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<LongQuery>()));

        Assert.Equal(
            $"The CLR type System.Int64 has no GraphQL type. GraphQL's Int is 32-bit: choose a type with [GraphQLType], or map the CLR type to a custom scalar with BindRuntimeType. (declared by {Here}.LongQuery.Big)",
            error.Message);
        Assert.Equal($"{Here}.LongQuery.Big", error.Extensions!["member"]);
    }

    [Fact]
    public void Two_members_with_one_GraphQL_name_are_both_named()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<DuplicateQuery>()));

        Assert.Equal(
            $"The field \"Query.user\" is declared twice: by {Here}.DuplicateQuery.User and by {Here}.DuplicateQuery.GetUser(). (declared by {Here}.DuplicateQuery.GetUser())",
            error.Message);
    }

    [Fact]
    public void Sdl_validation_errors_name_the_member_that_declared_the_node()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<UnknownTypeQuery>()));

        Assert.Equal($"Unknown type \"Missing\". (declared by {Here}.UnknownTypeQuery.Thing)", error.Message);
        Assert.Equal($"{Here}.UnknownTypeQuery.Thing", error.Extensions!["member"]);
        Assert.Equal("KnownTypeNamesRule", error.Extensions["rule"]);
    }

    [Fact]
    public void Schema_validation_errors_name_the_member_that_declared_the_definition()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<OneOfQuery>()));

        Assert.Equal($"OneOf input field ByInput.id must be nullable. (declared by {Here}.By.Id)", error.Message);
        Assert.Equal("SCHEMA_INVALID", error.Code);
    }

    [Fact]
    public void Arguments_are_named_by_their_method_and_parameter()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<BadArgumentQuery>()));

        Assert.Equal(
            $"The CLR type System.Int64 has no GraphQL type. GraphQL's Int is 32-bit: choose a type with [GraphQLType], or map the CLR type to a custom scalar with BindRuntimeType. (declared by {Here}.BadArgumentQuery.Echo(long), parameter value)",
            error.Message);
    }

    [Fact]
    public void A_union_without_registered_members_says_what_to_register()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<UnionQuery>()));

        Assert.Equal(
            $"The union \"Result\" has no member types: register the classes that implement {Here}.IResult with AddType<T>(). (declared by {Here}.IResult)",
            error.Message);
    }

    [Fact]
    public void A_topic_placeholder_must_be_an_argument()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<LongQueryFixed>().AddSubscriptionType<BadTopicSubscription>()));

        Assert.Equal(
            $"The topic \"ticket/{{ticketId}}\" refers to {{ticketId}}, which is not an argument of the field \"onTicket\". (declared by {Here}.BadTopicSubscription.OnTicket(int, string))",
            error.Message);
    }

    [Fact]
    public void A_parameter_that_is_neither_a_service_nor_an_input_names_the_parameter()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<UnregisteredServiceQuery>()));

        Assert.Equal(
            $"The CLR type {Here}.Mailer has no settable properties or constructor parameters, so it cannot be the input type MailerInput. If it is a service, register it or mark the parameter with [Service]. (declared by {Here}.UnregisteredServiceQuery.Send(Mailer), parameter mailer)",
            error.Message);
    }

    [Fact]
    public void Interface_conflicts_name_the_interface_member()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<NodeQuery>().AddType<Widget>()));

        Assert.Equal(
            $"Interface field Node.id expects type ID! but Widget.id is type String!. (declared by {Here}.INode.Id and {Here}.Widget.Id)",
            error.Message);
        Assert.Equal($"{Here}.INode.Id", error.Extensions!["member"]);
    }

    [Fact]
    public void Two_CLR_types_with_one_GraphQL_name_are_both_named()
    {
        var error = Assert.Single(Errors(b => b.AddQueryType<TwoUsersQuery>()));

        Assert.Equal(
            $"The GraphQL type name \"User\" is used by both {Here}.First.User and {Here}.Second.User. (declared by {Here}.Second.User)",
            error.Message);
    }

    private static IReadOnlyList<GraphQLError> Errors(Action<SchemaBuilder> configure)
    {
        var builder = SchemaBuilder.New();
        configure(builder);
        return Assert.Throws<SchemaException>(() => builder.Create()).Errors;
    }

    [InterfaceType]
    public interface INode
    {
        [GraphQLType("ID!")]
        string Id { get; }
    }

    public sealed record Widget(string Id) : INode;

    public sealed class NodeQuery
    {
        public INode? Node => null;
    }

    public static class First
    {
        public sealed record User(string Name);
    }

    public static class Second
    {
        public sealed record User(int Id);
    }

    public sealed class TwoUsersQuery
    {
        public First.User? A => null;

        public Second.User? B => null;
    }

    public sealed class Mailer
    {
        public bool Send() => true;
    }

    public sealed class UnregisteredServiceQuery
    {
        public bool Send(Mailer mailer) => mailer.Send();
    }

    public sealed class LongQuery
    {
        public long Big => 1;
    }

    public sealed class LongQueryFixed
    {
        [GraphQLType("String!")]
        public long Big => 1;
    }

    public sealed class DuplicateQuery
    {
        public string User => "a";

        public string GetUser() => "b";
    }

    public sealed class UnknownTypeQuery
    {
        [GraphQLType("Missing")]
        public string? Thing => null;
    }

    [OneOf]
    public sealed record By(int Id, string? Email);

    public sealed class OneOfQuery
    {
        public string? Find(By by) => by.Email;
    }

    public sealed class BadArgumentQuery
    {
        public string Echo(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [UnionType("Result")]
    public interface IResult;

    public sealed class UnionQuery
    {
        public IResult? Result => null;
    }

    public sealed class BadTopicSubscription
    {
        [Subscribe]
        [Topic("ticket/{ticketId}")]
        public string OnTicket(int id, [EventMessage] string message) => message;
    }
}
