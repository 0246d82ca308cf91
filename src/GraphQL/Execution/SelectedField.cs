using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution;

/// <summary>One response key of a collected selection set: the field it selects and every field node merged into it.</summary>
/// <param name="ResponseName">The alias, or the field name.</param>
/// <param name="Field">The field's definition on the object type the selections were collected for.</param>
/// <param name="FieldNodes">The field nodes of the response key, in document order (their sub-selections merge).</param>
public sealed record SelectedField(string ResponseName, OutputField Field, IReadOnlyList<FieldNode> FieldNodes);
