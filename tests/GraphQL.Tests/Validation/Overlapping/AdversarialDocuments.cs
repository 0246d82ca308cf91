using System.Text;

namespace KtPortal.GraphQL.Tests.Validation.Overlapping;

/// <summary>
/// Documents shaped to make naive field merging explode, against the suite's schema. The benchmarks
/// (<c>tests/Benchmarks/Validation</c>) build the same documents, in C# and in JavaScript.
/// </summary>
internal static class AdversarialDocuments
{
    /// <summary><c>{ a { b { x } } a { b { x } } ... }</c>: <paramref name="count"/> identical fields.</summary>
    public static string RepeatedFields(int count) => "{ " + Repeat(count, static (b, _) => b.Append("a { b { x } } ")) + "}";

    /// <summary><c>{ x: f(a: 0) x: f(a: 1) ... }</c>: one response name, every pair conflicting.</summary>
    public static string AliasesWithDifferentArguments(int count)
        => "{ " + Repeat(count, static (b, i) => b.Append("x: f(a: ").Append(i).Append(") ")) + "}";

    /// <summary><c>{ ...F0 x } fragment F0 on Query { ...F1 ...F1 } ...</c>: doubling at every level.</summary>
    public static string FragmentFanOut(int count)
        => "{ ...F0 x } " + Repeat(count, static (b, i) => b.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" ...F").Append(i + 1).Append(" } "))
           + $"fragment F{count} on Query {{ x }}";

    /// <summary>
    /// <c>{ ...A0 ...B0 } fragment Ai on Query { x ...Ai+1 ...Bi+1 }</c> and the same for Bi: every
    /// fragment meets every deeper one, so graphql-js compares a quadratic number of fragment pairs.
    /// </summary>
    public static string FragmentDiamond(int depth)
        => "{ ...A0 ...B0 } "
           + Repeat(depth, static (b, i) =>
           {
               foreach (var name in "AB")
               {
                   b.Append("fragment ").Append(name).Append(i).Append(" on Query { x ...A").Append(i + 1).Append(" ...B").Append(i + 1).Append(" } ");
               }
           })
           + $"fragment A{depth} on Query {{ x }} fragment B{depth} on Query {{ x }}";

    /// <summary><c>{ ...F0 ...F1 ... } fragment Fi on Query { a { x } }</c>: many equal fragments side by side.</summary>
    public static string SiblingFragments(int count)
        => "{ " + Repeat(count, static (b, i) => b.Append("...F").Append(i).Append(' ')) + "} "
           + Repeat(count, static (b, i) => b.Append("fragment F").Append(i).Append(" on Query { a { x } } "));

    /// <summary><c>{ a { a { ... { x } } } a { a { ... } } ... }</c>: <paramref name="count"/> copies of a deep field.</summary>
    public static string NestedFields(int count, int depth = 16)
    {
        var one = new StringBuilder();
        for (var d = 0; d < depth; d++)
        {
            one.Append("a { ");
        }

        one.Append('x');
        for (var d = 0; d < depth; d++)
        {
            one.Append(" }");
        }

        var text = one.ToString();
        return "{ " + Repeat(count, (b, _) => b.Append(text).Append(' ')) + "}";
    }

    private static string Repeat(int count, Action<StringBuilder, int> append)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            append(builder, i);
        }

        return builder.ToString();
    }
}
