namespace KtPortal.GraphQL;

/// <summary>
/// Marks a subscription field. Without <see cref="With"/> the source stream is the topic of the field (see
/// <see cref="TopicAttribute"/>), or the method itself when it returns an <see cref="IAsyncEnumerable{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute : Attribute
{
    /// <summary>
    /// The name of a method of the same class that creates the source stream: it returns an
    /// <see cref="IAsyncEnumerable{T}"/> or a (value) task of an <see cref="Subscriptions.ISourceStream{TMessage}"/>.
    /// </summary>
    public string? With { get; set; }
}
