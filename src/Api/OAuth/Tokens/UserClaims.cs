using System.Text.Json;
using KtPortal.Domain.Identity;

namespace KtPortal.Api.OAuth.Tokens;

/// <summary>The standard claims of OpenID Connect Core 1.0 §5.4 that the scopes <c>profile</c> and <c>email</c> release.</summary>
internal static class UserClaims
{
    public static void Write(Utf8JsonWriter writer, User user, IReadOnlyList<string> scopes)
    {
        if (scopes.Contains("profile", StringComparer.Ordinal))
        {
            writer.WriteString("name", user.DisplayName);
            writer.WriteString("preferred_username", user.UserName);
        }

        if (scopes.Contains("email", StringComparer.Ordinal))
        {
            writer.WriteString("email", user.Email);
            writer.WriteBoolean("email_verified", user.EmailConfirmed);
        }
    }
}
