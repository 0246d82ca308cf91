using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth;

/// <summary>Refuses OAuth settings that are out of range, naming the setting, when the host starts.</summary>
internal sealed class OAuthServerOptionsValidator : IValidateOptions<OAuthServerOptions>
{
    public ValidateOptionsResult Validate(string? name, OAuthServerOptions options) =>
        options.FindProblem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
