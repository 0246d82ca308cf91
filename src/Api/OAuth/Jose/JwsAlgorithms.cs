using KtPortal.Domain.Identity;

namespace KtPortal.Api.OAuth.Jose;

/// <summary>The <c>alg</c> header values of the algorithms we sign and verify with (RFC 7518 §3.1).</summary>
internal static class JwsAlgorithms
{
    public const string Rs256 = "RS256";
    public const string Es256 = "ES256";

    public static IReadOnlyList<string> All { get; } = [Rs256, Es256];

    public static string NameOf(SigningAlgorithm algorithm) => algorithm switch
    {
        SigningAlgorithm.Rs256 => Rs256,
        SigningAlgorithm.Es256 => Es256,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signing algorithm."),
    };

    /// <summary>Parses an <c>alg</c> value; anything else, <c>none</c> included, is refused.</summary>
    public static bool TryParse(string? name, out SigningAlgorithm algorithm)
    {
        // Ordinal: "rs256" is not RS256 (RFC 7515 §4.1.1: alg is a case-sensitive string).
        switch (name)
        {
            case Rs256:
                algorithm = SigningAlgorithm.Rs256;
                return true;
            case Es256:
                algorithm = SigningAlgorithm.Es256;
                return true;
            default:
                algorithm = default;
                return false;
        }
    }
}
