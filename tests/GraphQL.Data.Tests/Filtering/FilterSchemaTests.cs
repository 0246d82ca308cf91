using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Sorting;

using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

public sealed class FilterSchemaTests
{
    [Fact]
    public void The_fields_take_where_and_order_arguments()
    {
        Assert.Equal(
            """
            type Query {
              tickets(where: TicketFilterInput, order: [TicketSortInput!]): [Ticket]!
              projectedTickets(where: TicketFilterInput, order: [TicketSortInput!]): [Ticket]!
              users(where: UserFilterInput, order: [UserSortInput!]): [User]!
            }
            """,
            SchemaText.Types(DeskGraph.Schema, "Query").Split('\n', 4)[3]);
    }

    [Fact]
    public void Ticket_filter_inputs_have_HotChocolates_shapes_and_names()
    {
        Assert.Equal(
            """
            input TicketFilterInput {
              and: [TicketFilterInput!]
              or: [TicketFilterInput!]
              id: IntOperationFilterInput
              number: IntOperationFilterInput
              organizationId: IntOperationFilterInput
              organization: OrganizationFilterInput
              requesterId: IntOperationFilterInput
              requester: UserFilterInput
              title: StringOperationFilterInput
              description: StringOperationFilterInput
              status: TicketStatusOperationFilterInput
              priority: TicketPriorityOperationFilterInput
              isBillable: BooleanOperationFilterInput
              estimatedMinutes: IntOperationFilterInput
              tags: ListStringOperationFilterInput
              createdAt: DateTimeOperationFilterInput
              resolvedAt: DateTimeOperationFilterInput
              messages: ListFilterInputTypeOfMessageFilterInput
            }

            input UserFilterInput {
              and: [UserFilterInput!]
              or: [UserFilterInput!]
              id: IntOperationFilterInput
              organizationId: IntOperationFilterInput
              organization: OrganizationFilterInput
              email: StringOperationFilterInput
              displayName: StringOperationFilterInput
              isStaff: BooleanOperationFilterInput
            }

            input StringOperationFilterInput {
              and: [StringOperationFilterInput!]
              or: [StringOperationFilterInput!]
              eq: String
              neq: String
              contains: String
              ncontains: String
              in: [String]
              nin: [String]
              startsWith: String
              nstartsWith: String
              endsWith: String
              nendsWith: String
              eqIgnoreCase: String
              neqIgnoreCase: String
              containsIgnoreCase: String
              ncontainsIgnoreCase: String
              startsWithIgnoreCase: String
              nstartsWithIgnoreCase: String
              endsWithIgnoreCase: String
              nendsWithIgnoreCase: String
            }

            input IntOperationFilterInput {
              eq: Int
              neq: Int
              in: [Int]
              nin: [Int]
              gt: Int
              ngt: Int
              gte: Int
              ngte: Int
              lt: Int
              nlt: Int
              lte: Int
              nlte: Int
            }

            input DateTimeOperationFilterInput {
              eq: DateTime
              neq: DateTime
              in: [DateTime]
              nin: [DateTime]
              gt: DateTime
              ngt: DateTime
              gte: DateTime
              ngte: DateTime
              lt: DateTime
              nlt: DateTime
              lte: DateTime
              nlte: DateTime
            }

            input TicketStatusOperationFilterInput {
              eq: TicketStatus
              neq: TicketStatus
              in: [TicketStatus!]
              nin: [TicketStatus!]
            }

            input BooleanOperationFilterInput {
              eq: Boolean
              neq: Boolean
            }

            input ListStringOperationFilterInput {
              all: StringOperationFilterInput
              none: StringOperationFilterInput
              some: StringOperationFilterInput
              any: Boolean
            }

            input ListFilterInputTypeOfMessageFilterInput {
              all: MessageFilterInput
              none: MessageFilterInput
              some: MessageFilterInput
              any: Boolean
            }
            """,
            SchemaText.Types(
                DeskGraph.Schema,
                "TicketFilterInput",
                "UserFilterInput",
                "StringOperationFilterInput",
                "IntOperationFilterInput",
                "DateTimeOperationFilterInput",
                "TicketStatusOperationFilterInput",
                "BooleanOperationFilterInput",
                "ListStringOperationFilterInput",
                "ListFilterInputTypeOfMessageFilterInput"));
    }

    [Fact]
    public void Ticket_sort_inputs_have_a_direction_per_scalar_and_a_nested_input_per_navigation_but_none_for_lists()
    {
        Assert.Equal(
            """
            input TicketSortInput {
              id: SortEnumType
              number: SortEnumType
              organizationId: SortEnumType
              organization: OrganizationSortInput
              requesterId: SortEnumType
              requester: UserSortInput
              title: SortEnumType
              description: SortEnumType
              status: SortEnumType
              priority: SortEnumType
              isBillable: SortEnumType
              estimatedMinutes: SortEnumType
              createdAt: SortEnumType
              resolvedAt: SortEnumType
            }

            input UserSortInput {
              id: SortEnumType
              organizationId: SortEnumType
              organization: OrganizationSortInput
              email: SortEnumType
              displayName: SortEnumType
              isStaff: SortEnumType
            }

            enum SortEnumType {
              ASC
              DESC
            }
            """,
            SchemaText.Types(DeskGraph.Schema, "TicketSortInput", "UserSortInput", "SortEnumType"));
    }

    [Fact]
    public void Members_are_named_as_the_output_type_names_them_and_ignored_or_excluded_members_are_left_out()
    {
        var schema = SchemaBuilder.New().AddQueryType<GadgetQuery>().Create();

        // serial: [GraphQLName]; secret: [GraphQLIgnore]; notes: [NotFilterable]; rank: [NotSortable].
        Assert.Equal(
            """
            input GadgetFilterInput {
              and: [GadgetFilterInput!]
              or: [GadgetFilterInput!]
              id: IntOperationFilterInput
              serial: StringOperationFilterInput
              nickname: StringOperationFilterInput
              rank: IntOperationFilterInput
              key: UuidOperationFilterInput
              big: LongOperationFilterInput
              price: DecimalOperationFilterInput
              weight: FloatOperationFilterInput
              madeOn: DateOperationFilterInput
              flag: BooleanOperationFilterInput
              parent: GadgetFilterInput
              sizes: ListIntOperationFilterInput
            }

            input GadgetSortInput {
              id: SortEnumType
              serial: SortEnumType
              nickname: SortEnumType
              notes: SortEnumType
              key: SortEnumType
              big: SortEnumType
              price: SortEnumType
              weight: SortEnumType
              madeOn: SortEnumType
              flag: SortEnumType
              parent: GadgetSortInput
            }

            input UuidOperationFilterInput {
              eq: UUID
              neq: UUID
              in: [UUID]
              nin: [UUID]
              gt: UUID
              ngt: UUID
              gte: UUID
              ngte: UUID
              lt: UUID
              nlt: UUID
              lte: UUID
              nlte: UUID
            }

            input ListIntOperationFilterInput {
              all: IntOperationFilterInput
              none: IntOperationFilterInput
              some: IntOperationFilterInput
              any: Boolean
            }
            """,
            SchemaText.Types(schema, "GadgetFilterInput", "GadgetSortInput", "UuidOperationFilterInput", "ListIntOperationFilterInput"));
    }

    [Fact]
    public void Descriptor_options_leave_members_out_and_name_the_entity_type_explicitly()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("gadgets")
                .Type("[Gadget!]!")
                .Resolve(_ => GadgetQuery.All)
                .UseFiltering<Gadget>(o => o.Ignore<Gadget>(g => g.Price).Ignore<Gadget>(g => g.Parent).Ignore<Gadget>(g => g.Sizes))
                .UseSorting<Gadget>(o => o.Ignore<Gadget>(g => g.Weight).Ignore<Gadget>(g => g.Parent)))
            .Create();

        Assert.Equal(
            """
            input GadgetFilterInput {
              and: [GadgetFilterInput!]
              or: [GadgetFilterInput!]
              id: IntOperationFilterInput
              serial: StringOperationFilterInput
              nickname: StringOperationFilterInput
              rank: IntOperationFilterInput
              key: UuidOperationFilterInput
              big: LongOperationFilterInput
              weight: FloatOperationFilterInput
              madeOn: DateOperationFilterInput
              flag: BooleanOperationFilterInput
            }

            input GadgetSortInput {
              id: SortEnumType
              serial: SortEnumType
              nickname: SortEnumType
              notes: SortEnumType
              key: SortEnumType
              big: SortEnumType
              price: SortEnumType
              madeOn: SortEnumType
              flag: SortEnumType
            }
            """,
            SchemaText.Types(schema, "GadgetFilterInput", "GadgetSortInput"));
    }

    [Fact]
    public void Two_fields_that_would_generate_one_input_type_differently_are_a_schema_error()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddQueryType(d =>
            {
                d.Field("all").Type("[Gadget!]!").Resolve(_ => GadgetQuery.All).UseFiltering<Gadget>();
                d.Field("some").Type("[Gadget!]!").Resolve(_ => GadgetQuery.All).UseFiltering<Gadget>(o => o.Ignore<Gadget>(g => g.Price));
            })
            .Create());

        var error = Assert.Single(exception.Errors);
        Assert.Contains("GadgetFilterInput differs from the one another field generated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_returns_no_entities_cannot_be_filtered()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<NotAListQuery>().Create());

        var error = Assert.Single(exception.Errors);
        Assert.Contains("UseFiltering needs a resolver returning IQueryable<T> or IEnumerable<T> of an entity, not Int32", error.Message, StringComparison.Ordinal);
    }

    public sealed class NotAListQuery
    {
        [UseFiltering]
        public int Count => 3;
    }

}
