namespace KtPortal.GraphQL.Data.Paging;

/// <summary>A paged field's settled options, found in the field's context data by the other data middleware.</summary>
public interface IPagingField
{
    /// <summary>The field's options.</summary>
    PagingOptions Options { get; }
}
