namespace KtPortal.GraphQL;

/// <summary>
/// The topic a subscription field listens to; <c>{name}</c> placeholders are replaced by argument values.
/// Without it the topic is the field name.
/// </summary>
/// <param name="template">The topic template, e.g. <c>ticket/{id}</c>.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TopicAttribute(string template) : Attribute
{
    /// <summary>The topic template.</summary>
    public string Template { get; } = template;
}
