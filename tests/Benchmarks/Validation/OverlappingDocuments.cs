using System.Text;

namespace KtPortal.Benchmarks.Validation;

/// <summary>
/// Documents shaped to make naive field merging explode. <c>overlapping.mjs</c> builds the same ones for
/// graphql-js; the unit tests compile this file too (linked from <c>KtPortal.GraphQL.Tests</c>).
/// </summary>
public static class OverlappingDocuments
{
    /// <summary>The schema every document is validated against.</summary>
    public const string Schema = "type Query { a: Query b: Query x: String y: String f(a: Int, b: String): String }";

    /// <summary>The shapes, by name.</summary>
    public static string Build(OverlappingShape shape, int size) => shape switch
    {
        OverlappingShape.RepeatedFields => RepeatedFields(size),
        OverlappingShape.AliasesWithDifferentArguments => AliasesWithDifferentArguments(size),
        OverlappingShape.FragmentFanOut => FragmentFanOut(size),
        OverlappingShape.SiblingFragments => SiblingFragments(size),
        OverlappingShape.NestedFields => NestedFields(size),
        OverlappingShape.DistinctSubselections => DistinctSubselections(size),
        OverlappingShape.FragmentDiamond => FragmentDiamond(size),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    /// <summary><c>{ a { b { x } } a { b { x } } ... }</c>.</summary>
    public static string RepeatedFields(int count) => "{ " + Repeat(count, static (b, _) => b.Append("a { b { x } } ")) + "}";

    /// <summary><c>{ x: f(a: 0) x: f(a: 1) ... }</c>.</summary>
    public static string AliasesWithDifferentArguments(int count)
        => "{ " + Repeat(count, static (b, i) => b.Append("x: f(a: ").Append(i).Append(") ")) + "}";

    /// <summary><c>{ ...F0 x } fragment F0 on Query { ...F1 ...F1 } ... fragment Fn on Query { x }</c>.</summary>
    public static string FragmentFanOut(int count)
        => "{ ...F0 x } " + Repeat(count, static (b, i) => b.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" ...F").Append(i + 1).Append(" } "))
           + $"fragment F{count} on Query {{ x }}";

    /// <summary><c>{ ...F0 ...F1 ... } fragment Fi on Query { a { x } }</c>.</summary>
    public static string SiblingFragments(int count)
        => "{ " + Repeat(count, static (b, i) => b.Append("...F").Append(i).Append(' ')) + "} "
           + Repeat(count, static (b, i) => b.Append("fragment F").Append(i).Append(" on Query { a { x } } "));

    /// <summary><c>{ a { a { ... { x } } } ... }</c>: <paramref name="count"/> copies, <paramref name="depth"/> deep.</summary>
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

    /// <summary><c>{ a { x0: x } a { x1: x } ... }</c>: every pair differs, so every pair is compared.</summary>
    public static string DistinctSubselections(int count)
        => "{ " + Repeat(count, static (b, i) => b.Append("a { x").Append(i).Append(": x } ")) + "}";

    /// <summary><c>{ ...A0 ...B0 } fragment Ai on Query { x ...Ai+1 ...Bi+1 }</c>, Bi alike: pairs grow quadratically.</summary>
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

/// <summary>The adversarial document shapes.</summary>
public enum OverlappingShape
{
    /// <summary>Thousands of identical fields in one selection set.</summary>
    RepeatedFields,

    /// <summary>One response name, a different argument on each field.</summary>
    AliasesWithDifferentArguments,

    /// <summary>Each fragment spreads the next one twice.</summary>
    FragmentFanOut,

    /// <summary>Many equal fragments spread side by side.</summary>
    SiblingFragments,

    /// <summary>Copies of a 16-deep field.</summary>
    NestedFields,

    /// <summary>One response name, a different sub-selection on each field (runs into the budget).</summary>
    DistinctSubselections,

    /// <summary>Two fragments per level, each spreading both of the next level (runs into the budget).</summary>
    FragmentDiamond,
}
