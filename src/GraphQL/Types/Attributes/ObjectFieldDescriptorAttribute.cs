using System.Reflection;
using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// The base of attributes that configure the code-first field of the property or method they decorate, such
/// as <c>[UsePaging]</c> or <c>[UseFiltering]</c>. The attributes of one member run in declaration order
/// (by source line), so the first declared middleware runs outermost.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class ObjectFieldDescriptorAttribute : Attribute
{
    /// <summary>Records the attribute's position in its file, which orders the attributes of a member.</summary>
    /// <param name="order">Filled in by the compiler.</param>
    protected ObjectFieldDescriptorAttribute([CallerLineNumber] int order = 0)
    {
        Order = order;
    }

    /// <summary>The attribute's order among the member's field attributes (its source line by default).</summary>
    public int Order { get; init; }

    /// <summary>Configures the field.</summary>
    /// <param name="context">Type names and generated types.</param>
    /// <param name="descriptor">The field being configured.</param>
    /// <param name="member">The decorated property or method.</param>
    protected internal abstract void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member);
}
