using KtPortal.GraphQL.Validation;

namespace KtPortal.GraphQL.Tests.Validation;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("abc", "a ab abc abcd ABC acb bac xyz", "abc ABC ab abcd acb bac a")]
    [InlineData("name", "nam Name naem names nme title", "Name naem nam names nme")]
    [InlineData("item10", "item2 item10 item1 item9 Item10", "item10 Item10 item1 item2 item9")]
    [InlineData("a", "b A aa", "A aa b")]
    public void SuggestionList_OrdersByDistanceThenNaturally(string input, string options, string expected)
        => Assert.Equal(expected.Split(' '), Suggestions.SuggestionList(input, options.Split(' ')));

    [Fact]
    public void DidYouMean_ListsAtMostFive()
        => Assert.Equal(
            " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?",
            Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]));

    [Fact]
    public void DidYouMean_TwoSuggestions_UseOr()
        => Assert.Equal(" Did you mean the enum value \"A\" or \"B\"?", Suggestions.DidYouMean("the enum value", ["A", "B"]));

    [Fact]
    public void DidYouMean_NoSuggestions_IsEmpty()
        => Assert.Equal(string.Empty, Suggestions.DidYouMean([]));

    [Theory]
    [InlineData("a2", "a10")]
    [InlineData("a010", "a10")]
    [InlineData("a", "a0")]
    [InlineData("B", "a")]
    public void NaturalCompare_ComparesDigitRunsAsNumbers(string smaller, string larger)
    {
        Assert.True(Suggestions.NaturalCompare(smaller, larger) < 0);
        Assert.True(Suggestions.NaturalCompare(larger, smaller) > 0);
    }
}
