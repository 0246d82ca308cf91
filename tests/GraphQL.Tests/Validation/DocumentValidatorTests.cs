using System.Text;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;
using KtPortal.GraphQL.Validation.Rules;

namespace KtPortal.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static readonly DocumentNode ValidDocument = Utf8GraphQLParser.Parse("{ dog { name } }");

    private static readonly DocumentNode InvalidDocument = Utf8GraphQLParser.Parse("{ dog { unknown } }");

    [Fact]
    public void Validate_SameHashTwice_ValidatesOnce()
    {
        var validator = new DocumentValidator();

        var first = validator.Validate(ValidationSchema.Instance, InvalidDocument, "hash-1");
        var second = validator.Validate(ValidationSchema.Instance, InvalidDocument, "hash-1");

        Assert.Equal(1, validator.ValidationCount);
        Assert.Same(first, second);
        Assert.False(second.IsValid);
    }

    [Fact]
    public void Validate_WithoutHash_AlwaysValidates()
    {
        var validator = new DocumentValidator();

        validator.Validate(ValidationSchema.Instance, ValidDocument);
        validator.Validate(ValidationSchema.Instance, ValidDocument);

        Assert.Equal(2, validator.ValidationCount);
        Assert.Equal(0, validator.CachedResultCount);
    }

    [Fact]
    public void Validate_SameHashOnAnotherSchema_ValidatesAgain()
    {
        var validator = new DocumentValidator();
        var otherSchema = SchemaBuilder.New().AddDocumentFromString(ValidationSchema.Sdl).Create();

        var first = validator.Validate(ValidationSchema.Instance, ValidDocument, "hash-1");
        var second = validator.Validate(otherSchema, ValidDocument, "hash-1");

        Assert.Equal(2, validator.ValidationCount);
        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
    }

    [Fact]
    public void Validate_MoreHashesThanCapacity_EvictsTheLeastRecentlyUsed()
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { CacheSize = 2 });

        validator.Validate(ValidationSchema.Instance, ValidDocument, "a");
        validator.Validate(ValidationSchema.Instance, ValidDocument, "b");
        validator.Validate(ValidationSchema.Instance, ValidDocument, "a");
        validator.Validate(ValidationSchema.Instance, ValidDocument, "c");
        Assert.Equal(3, validator.ValidationCount);
        Assert.Equal(2, validator.CachedResultCount);

        validator.Validate(ValidationSchema.Instance, ValidDocument, "a");
        Assert.Equal(3, validator.ValidationCount);

        validator.Validate(ValidationSchema.Instance, ValidDocument, "b");
        Assert.Equal(4, validator.ValidationCount);
    }

    [Fact]
    public void Validate_CacheDisabled_ValidatesEveryTime()
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { CacheSize = 0 });

        validator.Validate(ValidationSchema.Instance, ValidDocument, "a");
        validator.Validate(ValidationSchema.Instance, ValidDocument, "a");

        Assert.Equal(2, validator.ValidationCount);
    }

    [Fact]
    public async Task Validate_ConcurrentCallers_ShareTheCacheSafely()
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { CacheSize = 16 });
        var tasks = new List<Task>();
        for (var worker = 0; worker < 8; worker++)
        {
            var seed = worker;
            tasks.Add(Task.Run(() =>
            {
                for (var i = 0; i < 200; i++)
                {
                    var hash = "h" + ((i + seed) % 32).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var result = validator.Validate(ValidationSchema.Instance, InvalidDocument, hash);
                    Assert.Single(result.Errors);
                }
            }));
        }

        await Task.WhenAll(tasks);

        Assert.True(validator.CachedResultCount <= 16);
    }

    [Fact]
    public void Validate_MoreErrorsThanTheLimit_StopsWithTheLimitError()
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < 150; i++)
        {
            document.Append("unknown").Append(i).Append(' ');
        }

        document.Append('}');
        var validator = new DocumentValidator([static () => new FieldsOnCorrectTypeRule()], new DocumentValidatorOptions { CacheSize = 0 });

        var errors = validator.Validate(ValidationSchema.Instance, Utf8GraphQLParser.Parse(document.ToString())).Errors;

        Assert.Equal(101, errors.Count);
        Assert.Equal("Cannot query field \"unknown99\" on type \"QueryRoot\".", errors[99].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
        Assert.Empty(errors[100].Locations);
    }

    [Fact]
    public void Validate_CustomErrorLimit_IsHonoured()
    {
        var validator = new DocumentValidator(
            [static () => new FieldsOnCorrectTypeRule()],
            new DocumentValidatorOptions { CacheSize = 0, MaxErrors = 2 });

        var errors = validator.Validate(ValidationSchema.Instance, Utf8GraphQLParser.Parse("{ a b c d }")).Errors;

        Assert.Equal(3, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[2].Message);
    }

    [Fact]
    public void Validate_ExactlyTheLimit_DoesNotAbort()
    {
        var validator = new DocumentValidator(
            [static () => new FieldsOnCorrectTypeRule()],
            new DocumentValidatorOptions { CacheSize = 0, MaxErrors = 2 });

        var errors = validator.Validate(ValidationSchema.Instance, Utf8GraphQLParser.Parse("{ a b }")).Errors;

        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Validate_FragmentExplosion_IsAbortedByTheWorkBudget()
    {
        // Each fragment spreads the next one 300 times: unbounded expansion would be 300^200.
        var document = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 200; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog { ");
            for (var j = 0; j < 300; j++)
            {
                document.Append("...F").Append(i + 1).Append(' ');
            }

            document.Append("}\n");
        }

        document.Append("fragment F200 on Dog { name }\n");
        var validator = new DocumentValidator([static () => new NoUnusedVariablesRule()], new DocumentValidatorOptions { CacheSize = 0 });

        var errors = validator.Validate(ValidationSchema.Instance, Utf8GraphQLParser.Parse(document.ToString(), new ParserOptions { MaxAllowedTokens = 1_000_000 })).Errors;

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Errors_CarryCodeAndRuleName()
    {
        var error = Assert.Single(new DocumentValidator().Validate(ValidationSchema.Instance, InvalidDocument).Errors);

        Assert.Equal("VALIDATION_FAILED", error.Code);
        Assert.Equal("FieldsOnCorrectTypeRule", error.Extensions!["rule"]);
        Assert.Equal(new ErrorLocation(1, 9), Assert.Single(error.Locations));
    }

    [Fact]
    public void SpecifiedRules_AreInGraphQLJsOrder()
    {
        string[] expected =
        [
            "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule",
            "SingleFieldSubscriptionsRule", "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule",
            "VariablesAreInputTypesRule", "ScalarLeafsRule", "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule",
            "KnownFragmentNamesRule", "NoUnusedFragmentsRule", "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule",
            "UniqueVariableNamesRule", "NoUndefinedVariablesRule", "NoUnusedVariablesRule", "KnownDirectivesRule",
            "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule", "UniqueArgumentNamesRule",
            "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
            "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
        ];

        var actual = ValidationRules.Specified.Select(factory => factory().Name).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Validate_HideSuggestions_LeavesThemOut()
    {
        var validator = new DocumentValidator(new DocumentValidatorOptions { HideSuggestions = true, CacheSize = 0 });

        var error = Assert.Single(validator.Validate(ValidationSchema.Instance, Utf8GraphQLParser.Parse("{ dog { nam } }")).Errors);

        Assert.Equal("Cannot query field \"nam\" on type \"Dog\".", error.Message);
    }
}
