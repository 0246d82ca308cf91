using Microsoft.EntityFrameworkCore.Storage;

namespace KtPortal.GraphQL.Data.Statements;

/// <summary>A statement's text and its parameters (<c>@p0</c>, <c>@p1</c>, ...).</summary>
/// <param name="Text">The SQL.</param>
/// <param name="Parameters">The values, each with the type mapping that writes it (a column's, converter included).</param>
/// <param name="MaxRows">The most rows it can return when its limits say (0 when they do not): the reader's capacity.</param>
internal sealed record SqlStatement(string Text, IReadOnlyList<SqlParameter> Parameters, int MaxRows = 0);

/// <summary>One parameter of a <see cref="SqlStatement"/>.</summary>
/// <param name="Name">Its name without the <c>@</c>.</param>
/// <param name="Mapping">The type mapping that converts and writes the value.</param>
/// <param name="Value">The value, as the model holds it (the mapping's converter turns it into the column's).</param>
internal sealed record SqlParameter(string Name, RelationalTypeMapping Mapping, object? Value);
