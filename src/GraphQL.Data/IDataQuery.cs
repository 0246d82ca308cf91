namespace KtPortal.GraphQL.Data;

/// <summary>A <see cref="DataQuery{T}"/> whose element type is known only at run time.</summary>
public interface IDataQuery
{
    /// <summary>The entity type.</summary>
    Type ElementType { get; }
}
