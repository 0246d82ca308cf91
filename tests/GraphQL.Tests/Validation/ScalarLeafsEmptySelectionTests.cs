using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Validation.Rules;

namespace KtPortal.GraphQL.Tests.Validation;

// The parser never produces an empty selection set, but documents built in code can.
public sealed class ScalarLeafsEmptySelectionTests
{
    [Fact]
    public void EmptySelectionSet_OnObjectField_IsReported()
    {
        var dog = new FieldNode(new Location(2, 5, 1, 3), null, new NameNode(null, "dog"), [], [], new SelectionSetNode(null, []));
        var operation = new OperationDefinitionNode(null, OperationType.Query, null, [], [], new SelectionSetNode(null, [dog]));
        var validator = new DocumentValidator([static () => new ScalarLeafsRule()], new DocumentValidatorOptions { CacheSize = 0 });

        var error = Assert.Single(validator.Validate(ValidationSchema.Instance, new DocumentNode(null, [operation])).Errors);

        Assert.Equal("Field \"dog\" of type \"Dog\" must have at least one field selected.", error.Message);
        Assert.Equal(new ErrorLocation(1, 3), Assert.Single(error.Locations));
    }
}
