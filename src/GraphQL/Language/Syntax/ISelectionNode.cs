namespace KtPortal.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment.</summary>
public interface ISelectionNode : IHasDirectives;
