using KtPortal.GraphQL.Authorization;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Authorization;

/// <summary>A handler that knows one caller by the roles and scopes in <c>ContextData["roles"]</c>.</summary>
internal sealed class RoleListHandler : IAuthorizationHandler
{
    public List<string> Checked { get; } = [];

    public ValueTask<AuthorizeResult> AuthorizeAsync(AuthorizationContext context, AuthorizationRule rule, CancellationToken cancellationToken)
    {
        lock (Checked)
        {
            Checked.Add(context.ObjectType.Name + "." + context.Field.Name);
        }

        if (!context.ContextData.TryGetValue("roles", out var value) || value is not string[] held)
        {
            return new(AuthorizeResult.NotAuthenticated);
        }

        var allowed = (rule.Roles.Count == 0 || rule.Roles.Any(held.Contains))
            && rule.Scopes.All(held.Contains)
            && (rule.Policy is null || held.Contains("policy:" + rule.Policy));
        return new(allowed ? AuthorizeResult.Allowed : AuthorizeResult.NotAuthorized);
    }
}

public sealed record Secret(string? Code, string Owner);

[Authorize(Roles = ["ADMIN"])]
public sealed record Vault(string? Name, int? Gold);

[QueryType]
public sealed class GuardedQueries
{
    public string Open() => "open";

    [Authorize]
    public string? Signed() => "signed";

    [Authorize(Roles = ["ADMIN", "AGENT"])]
    public string? Staff() => "staff";

    [Authorize(Scopes = ["api:read", "api:write"])]
    public string? Scoped() => "scoped";

    [Authorize(Policy = "billing")]
    public string? Billing() => "billing";

    public Vault Vault() => new("main", 42);

    public Secret Secret() => new("s3", "me");
}

public sealed class SecretType : ObjectType<Secret>
{
    protected override void Configure(IObjectTypeDescriptor<Secret> descriptor)
    {
        descriptor.Field(s => s.Code).Authorize("ADMIN");
    }
}

[Authorize]
[ExtendObjectType(typeof(Vault))]
public sealed class VaultExtensions
{
    public string? Motto([Parent] Vault vault) => "in " + vault.Name + " we trust";
}

/// <summary>An interface whose one member is guarded: every implementing object type's field must be guarded too.</summary>
[InterfaceType]
public interface IAccount
{
    string Name { get; }

    [Authorize(Roles = ["ADMIN"])]
    string? Iban { get; }
}

public sealed record PersonalAccount(string Name, string? Iban) : IAccount;

public sealed record BusinessAccount(string Name, string? Iban, string Company) : IAccount;

/// <summary>A guarded interface: every field it declares is guarded on every implementing object type.</summary>
[InterfaceType]
[Authorize(Roles = ["ADMIN"])]
public interface IAuditEntry
{
    string? Action { get; }
}

public sealed record LoginEntry(string? Action, string? Ip) : IAuditEntry;

[QueryType]
public sealed class AccountQueries
{
    public IAccount Account() => new BusinessAccount("Acme", "DE00 1234", "Acme GmbH");

    public PersonalAccount Personal() => new("Ada", "GB00 5678");

    public IAuditEntry Entry() => new LoginEntry("login", "10.0.0.1");

    public LoginEntry Login() => new("login", "10.0.0.1");
}

/// <summary>Stream subscriptions guarded with <c>[Authorize]</c> on the method; <see cref="Opened"/> counts streams made.</summary>
[SubscriptionType]
public sealed class GuardedStreams
{
    public static int Opened;

    [Authorize]
    [Subscribe]
    public async IAsyncEnumerable<int> Streamed()
    {
        Interlocked.Increment(ref Opened);
        await Task.Yield();
        yield return 1;
    }

    [Authorize(Roles = ["admin"])]
    [Subscribe]
    public async IAsyncEnumerable<int> StreamedWithRole()
    {
        Interlocked.Increment(ref Opened);
        await Task.Yield();
        yield return 1;
    }

    [Subscribe]
    public async IAsyncEnumerable<int> Open()
    {
        await Task.Yield();
        yield return 1;
    }
}

/// <summary>A resolver class guarded as a whole: its stream subscriptions need a caller too.</summary>
[SubscriptionType]
[Authorize]
public sealed class GuardedStreamClass
{
    [Subscribe]
    public async IAsyncEnumerable<int> GuardedByClass()
    {
        Interlocked.Increment(ref GuardedStreams.Opened);
        await Task.Yield();
        yield return 1;
    }
}
