using KtPortal.GraphQL.Validation.Rules;

namespace KtPortal.GraphQL.Validation;

/// <summary>The rule sets the validator can run.</summary>
public static class ValidationRules
{
    /// <summary>graphql-js 16 <c>specifiedRules</c>, in its order (which shapes the order of errors).</summary>
    public static IReadOnlyList<Func<ValidationRule>> Specified { get; } =
    [
        static () => new ExecutableDefinitionsRule(),
        static () => new UniqueOperationNamesRule(),
        static () => new LoneAnonymousOperationRule(),
        static () => new SingleFieldSubscriptionsRule(),
        static () => new KnownTypeNamesRule(),
        static () => new FragmentsOnCompositeTypesRule(),
        static () => new VariablesAreInputTypesRule(),
        static () => new ScalarLeafsRule(),
        static () => new FieldsOnCorrectTypeRule(),
        static () => new UniqueFragmentNamesRule(),
        static () => new KnownFragmentNamesRule(),
        static () => new NoUnusedFragmentsRule(),
        static () => new PossibleFragmentSpreadsRule(),
        static () => new NoFragmentCyclesRule(),
        static () => new UniqueVariableNamesRule(),
        static () => new NoUndefinedVariablesRule(),
        static () => new NoUnusedVariablesRule(),
        static () => new KnownDirectivesRule(),
        static () => new UniqueDirectivesPerLocationRule(),
        static () => new KnownArgumentNamesRule(),
        static () => new UniqueArgumentNamesRule(),
        static () => new ValuesOfCorrectTypeRule(),
        static () => new ProvidedRequiredArgumentsRule(),
        static () => new VariablesInAllowedPositionRule(),
        static () => new OverlappingFieldsCanBeMergedRule(),
        static () => new UniqueInputFieldNamesRule(),
        static () => new MaxIntrospectionDepthRule(),
    ];
}
