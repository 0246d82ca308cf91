using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Tests.Utilities;

public sealed class JsNumberTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(100d, "100")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(1234.5678, "1234.5678")]
    [InlineData(-1.5e-7, "-1.5e-7")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(1e300, "1e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1.5e30, "1.5e+30")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NaN, "NaN")]
    public void Format_MatchesJavaScriptStringConversion(double value, string expected)
        => Assert.Equal(expected, JsNumber.Format(value));

    [Fact]
    public void Format_NegativeZero_PrintsZero()
        => Assert.Equal("0", JsNumber.Format(-0d));
}
