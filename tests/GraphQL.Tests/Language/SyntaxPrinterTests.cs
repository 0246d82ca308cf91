using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

// Every expected output below is what graphql-js 16.15.0 print() returns for the same input.
public sealed class SyntaxPrinterTests
{
    [Theory]
    [InlineData("{ a }", "{\n  a\n}")] // shorthand query
    [InlineData("query { a }", "{\n  a\n}")] // anonymous query keyword dropped
    [InlineData("query Q { a }", "query Q {\n  a\n}")] // named query
    [InlineData("mutation { a }", "mutation {\n  a\n}")] // anonymous mutation
    [InlineData("subscription S($a: Int) @d { a }", "subscription S($a: Int) @d {\n  a\n}")] // subscription with variables and directive
    [InlineData("query ($a: Int = 1 @d, $b: [String!]! = [\"x\"]) { a }", "query ($a: Int = 1 @d, $b: [String!]! = [\"x\"]) {\n  a\n}")] // variables with defaults and directives
    [InlineData("query ($a: String = \"\"\"x\ny\"\"\", $b: Int) { a }", "query (\n$a: String = \"\"\"\nx\ny\n\"\"\"\n$b: Int\n) {\n  a\n}")] // multi-line variable puts variables on lines
    [InlineData("{ alias: field(a: 1, b: $v, c: \"s\", d: 1.5, e: true, f: null, g: ENUM, h: [1, 2], i: {a: 1, b: {c: 2}}) }", "{\n  alias: field(\n    a: 1\n    b: $v\n    c: \"s\"\n    d: 1.5\n    e: true\n    f: null\n    g: ENUM\n    h: [1, 2]\n    i: {a: 1, b: {c: 2}}\n  )\n}")] // field with every value kind
    [InlineData("{ a @include(if: $x) @skip(if: false) { b } }", "{\n  a @include(if: $x) @skip(if: false) {\n    b\n  }\n}")] // field directives
    [InlineData("{ ...F ...F @d ... on T { a } ... @d { b } ... { c } }", "{\n  ...F\n  ...F @d\n  ... on T {\n    a\n  }\n  ... @d {\n    b\n  }\n  ... {\n    c\n  }\n}")] // fragment spreads and inline fragments
    [InlineData("fragment F on T { a }", "fragment F on T {\n  a\n}")] // fragment definition
    [InlineData("fragment F on T @d(a: 1) @e { a }", "fragment F on T @d(a: 1) @e {\n  a\n}")] // fragment with directives
    [InlineData("{ f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }", "{\n  f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")\n}")] // arguments at 80 characters stay on the line
    [InlineData("{ f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }", "{\n  f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")\n}")] // arguments past 80 characters wrap
    [InlineData("{ a { b { someAlias: someField(first: 1000, after: \"cursor-value\", where: {x: 1}, order: [{a: ASC}]) { c } } } }", "{\n  a {\n    b {\n      someAlias: someField(\n        first: 1000\n        after: \"cursor-value\"\n        where: {x: 1}\n        order: [{a: ASC}]\n      ) {\n        c\n      }\n    }\n  }\n}")] // wrapping ignores indentation
    [InlineData("{ f(a: \"\"\"block\nstring\"\"\") }", "{\n  f(a: \"\"\"\n  block\n  string\n  \"\"\")\n}")] // block string argument
    [InlineData("{ f(a: \"quote \\\" backslash \\\\ newline \\n tab \\t control \\u0001 del \\u007F c1 \\u0085 nbsp \\u00A0\") }", "{\n  f(\n    a: \"quote \\\" backslash \\\\ newline \\n tab \\t control \\u0001 del \\u007F c1 \\u0085 nbsp  \"\n  )\n}")] // string escapes
    [InlineData("{ f(a: \"\\u{1F600} \\uD83D\\uDE00\") }", "{\n  f(a: \"😀 😀\")\n}")] // astral characters print raw
    [InlineData("schema { query: Q mutation: M subscription: S }", "schema {\n  query: Q\n  mutation: M\n  subscription: S\n}")] // schema definition
    [InlineData("\"desc\" schema @d { query: Q }", "\"desc\"\nschema @d {\n  query: Q\n}")] // schema with description
    [InlineData("extend schema @d { query: Q }", "extend schema @d {\n  query: Q\n}")] // schema extension
    [InlineData("scalar S", "scalar S")] // scalar
    [InlineData("\"\"\"desc\"\"\" scalar S @d(a: 1)", "\"\"\"desc\"\"\"\nscalar S @d(a: 1)")] // scalar with block description
    [InlineData("extend scalar S @d", "extend scalar S @d")] // scalar extension
    [InlineData("type T implements A & B @d { a: Int b(x: Int = 1, y: String): [T!]! @deprecated }", "type T implements A & B @d {\n  a: Int\n  b(x: Int = 1, y: String): [T!]! @deprecated\n}")] // object type
    [InlineData("type T", "type T")] // object type without fields
    [InlineData("extend type T implements C { c: Int }", "extend type T implements C {\n  c: Int\n}")] // object extension
    [InlineData("type T { f(\"desc\" a: Int, b: Int): Int }", "type T {\n  f(\n    \"desc\"\n    a: Int\n    b: Int\n  ): Int\n}")] // argument description puts arguments on lines
    [InlineData("type T { f(a: Int = \"\"\"x\ny\"\"\"): Int }", "type T {\n  f(\n    a: Int = \"\"\"\n    x\n    y\n    \"\"\"\n  ): Int\n}")] // block default value puts arguments on lines
    [InlineData("interface I implements J @d { a: Int }", "interface I implements J @d {\n  a: Int\n}")] // interface
    [InlineData("extend interface I @d", "extend interface I @d")] // interface extension
    [InlineData("union U @d = A | B", "union U @d = A | B")] // union
    [InlineData("union U", "union U")] // union without members
    [InlineData("extend union U = C", "extend union U = C")] // union extension
    [InlineData("enum E { A \"desc\" B @deprecated(reason: \"x\") }", "enum E {\n  A\n  \"desc\"\n  B @deprecated(reason: \"x\")\n}")] // enum
    [InlineData("extend enum E { C }", "extend enum E {\n  C\n}")] // enum extension
    [InlineData("input I { a: Int = 1 @d, \"desc\" b: [String] }", "input I {\n  a: Int = 1 @d\n  \"desc\"\n  b: [String]\n}")] // input object
    [InlineData("extend input I { c: Int }", "extend input I {\n  c: Int\n}")] // input extension
    [InlineData("directive @d(a: Int = 1) repeatable on FIELD | QUERY", "directive @d(a: Int = 1) repeatable on FIELD | QUERY")] // repeatable directive
    [InlineData("\"desc\" directive @d on FIELD", "\"desc\"\ndirective @d on FIELD")] // directive with description
    [InlineData("directive @d(\"a\" a: Int) on FIELD", "directive @d(\n  \"a\"\n  a: Int\n) on FIELD")] // directive with argument description
    [InlineData("type T { \"\"\"\n  multi\n    indented\n  line\n  \"\"\" f: Int }", "type T {\n  \"\"\"\n  multi\n    indented\n  line\n  \"\"\"\n  f: Int\n}")] // indented block description
    [InlineData("\"\"\"has \\\"\"\" triple\"\"\" scalar S", "\"\"\"has \\\"\"\" triple\"\"\"\nscalar S")] // escaped triple quote
    [InlineData("\"\"\"  leading space\"\"\" scalar S", "\"\"\"  leading space\"\"\"\nscalar S")] // leading space single line
    [InlineData("\"\"\"trailing quote\" \"\"\" scalar S", "\"\"\"trailing quote\" \"\"\"\nscalar S")] // quote before trailing space
    [InlineData("\"\"\"\n\n  empty lines  \n\n\n\"\"\" scalar S", "\"\"\"empty lines  \"\"\"\nscalar S")] // blank lines trimmed
    [InlineData("\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\" scalar S", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"\nscalar S")] // long single line
    [InlineData("type T { \"\"\"a\n\nb\"\"\" f: Int }", "type T {\n  \"\"\"\n  a\n  \n  b\n  \"\"\"\n  f: Int\n}")] // empty line inside indented block string
    [InlineData("{ a } { b }\nquery Q { c }", "{\n  a\n}\n\n{\n  b\n}\n\nquery Q {\n  c\n}")] // documents separate definitions by blank lines
    [InlineData("\"Fetches a ticket.\" query Q($a: Int) { a }", "\"Fetches a ticket.\"\nquery Q($a: Int) {\n  a\n}")] // operation description
    [InlineData("query Search(\"the text\" $text: String!, $first: Int = 10) { a }", "query Search(\n\"the text\"\n$text: String!\n$first: Int = 10\n) {\n  a\n}")] // variable description puts variables on lines
    [InlineData("\"\"\"\nThe row.\n\"\"\"\nfragment F on T { a }", "\"\"\"The row.\"\"\"\nfragment F on T {\n  a\n}")] // fragment description
    [InlineData("\"anonymous\" query { a }", "\"anonymous\"\nquery {\n  a\n}")] // described anonymous query keeps keyword
    public void Print_ParsedDocument_EqualsGraphQLJs(string source, string expected)
    {
        DocumentNode document = Utf8GraphQLParser.Parse(source);

        Assert.Equal(expected, SyntaxPrinter.Print(document));
    }

    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Print_KitchenSink_EqualsGraphQLJsSnapshot(string name)
    {
        DocumentNode document = Utf8GraphQLParser.Parse(LanguageTestFiles.Read($"Files/{name}.graphql"));

        // Snapshot files end with a line break; printed documents do not.
        string expected = LanguageTestFiles.Read($"__snapshots__/{name}.printed.graphql");
        Assert.Equal(expected, SyntaxPrinter.Print(document) + "\n");
    }

    [Theory]
    [InlineData("{ a: [1, 2] }", "{a: [1, 2]}")]
    [InlineData("\"a\\nb\"", "\"a\\nb\"")]
    [InlineData("\"\"\"a\nb\"\"\"", "\"\"\"\na\nb\n\"\"\"")]
    [InlineData("$v", "$v")]
    [InlineData("ENUM", "ENUM")]
    public void Print_Value_EqualsGraphQLJs(string source, string expected) =>
        Assert.Equal(expected, SyntaxPrinter.Print(Utf8GraphQLParser.ParseValue(source)));

    [Theory]
    [InlineData("[[String!]]!")]
    [InlineData("Int")]
    public void Print_Type_RoundTrips(string source) =>
        Assert.Equal(source, SyntaxPrinter.Print(Utf8GraphQLParser.ParseType(source)));

    [Fact]
    public void Print_NodesBuiltInCode_NeedNoLocations()
    {
        var field = new FieldNode(null, null, new NameNode(null, "hello"), [], [], null);
        var document = new DocumentNode(null, [new OperationDefinitionNode(null, OperationType.Query, null, [], [], new SelectionSetNode(null, [field]))]);

        Assert.Equal("{\n  hello\n}", SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Print_SingleNodes_PrintOnTheirOwn()
    {
        DocumentNode document = Utf8GraphQLParser.Parse("type T { f(a: Int = 1 @d): [T!] } { x(y: 1) @skip(if: true) }");
        var type = (ObjectTypeDefinitionNode)document.Definitions[0];
        var query = (OperationDefinitionNode)document.Definitions[1];
        var field = (FieldNode)query.SelectionSet.Selections[0];

        Assert.Equal("f(a: Int = 1 @d): [T!]", SyntaxPrinter.Print(type.Fields[0]));
        Assert.Equal("a: Int = 1 @d", SyntaxPrinter.Print(type.Fields[0].Arguments[0]));
        Assert.Equal("x(y: 1) @skip(if: true)", SyntaxPrinter.Print(field));
        Assert.Equal("y: 1", SyntaxPrinter.Print(field.Arguments[0]));
        Assert.Equal("@skip(if: true)", SyntaxPrinter.Print(field.Directives[0]));
        Assert.Equal("x", SyntaxPrinter.Print(field.Name));
    }

    [Fact]
    public void Print_TreeDeeperThanTheStack_ThrowsInsteadOfCrashing()
    {
        IValueNode value = new IntValueNode(null, "1");
        for (int i = 0; i < 1_000_000; i++)
        {
            value = new ListValueNode(null, [value]);
        }

        Assert.Throws<InsufficientExecutionStackException>(() => SyntaxPrinter.Print(value));
    }
}
