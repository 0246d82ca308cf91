using System.Reflection;
using System.Runtime.CompilerServices;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Tenancy;

/// <summary>
/// Runs a field, its data middleware included, inside one <see cref="TenantDatabase"/> transaction for the caller, so
/// that a paged query is executed under row-level security although the paging middleware runs it after the resolver
/// returns. The resolver builds its query on <see cref="TenantSession.Current"/>. Declare it first (outermost):
/// <c>[UseTenantDatabase] [UsePaging]</c>.
/// </summary>
/// <param name="order">Filled in by the compiler.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class UseTenantDatabaseAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    /// <inheritdoc/>
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
        => descriptor.Use(next => async field =>
        {
            var viewer = await IdentityReader.GetViewerAsync(field, field.RequestAborted);
            return await field.Service<TenantDatabase>().RunAsync(
                viewer, (db, _) => TenantSession.RunAsync(db, viewer, () => next(field)).AsTask(), field.RequestAborted);
        });
}
