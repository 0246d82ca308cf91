using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.GraphQL.AspNetCore.Tests.Persisted;

public sealed class DocumentIdsTests
{
    // The two examples of the GraphQL-over-HTTP persisted documents appendix.
    [Theory]
    [InlineData("query ($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}", "sha256:7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e")]
    [InlineData("query($id:ID!){user(id:$id){name}}", "sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b")]
    public void Compute_MatchesTheSpecificationExamples(string document, string expected) =>
        Assert.Equal(expected, DocumentIds.Compute(document));

    [Theory]
    [InlineData("sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b")]
    [InlineData("71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b")]
    [InlineData("sha256:71F7DC5758652BAAC68E4A10C50BE732B741C892ADE2883A99358F52B555286B")]
    public void TryNormalize_PrefixedOrBareHash_Canonical(string id)
    {
        Assert.True(DocumentIds.TryNormalize(id, out var canonical));
        Assert.Equal("sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b", canonical);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha256:")]
    [InlineData("sha256:71f7")]
    [InlineData("md5:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b")]
    [InlineData("sha256:../../etc/passwd")]
    [InlineData("sha256:zzf7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b")]
    public void TryNormalize_NotASha256Id_False(string id) => Assert.False(DocumentIds.TryNormalize(id, out _));
}
