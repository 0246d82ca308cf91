namespace KtPortal.Api.Tests.Plans;

/// <summary>A client organization made for one test, with its users' emails.</summary>
public sealed record TestClient(Guid Id, string Slug)
{
    public string Owner => $"owner@{Slug}.test";

    public string Admin => $"admin@{Slug}.test";

    public string Member => $"member@{Slug}.test";
}
