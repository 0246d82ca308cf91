using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KtPortal.Api.OAuth.Jose;

/// <summary>Public keys as JWKs (RFC 7517, RFC 7518 §6) and their thumbprints (RFC 7638).</summary>
internal static class JsonWebKeys
{
    // https://www.rfc-editor.org/rfc/rfc7517#section-4
    public static void WritePublic(Utf8JsonWriter writer, AsymmetricAlgorithm key, string kid, string algorithm)
    {
        writer.WriteStartObject();
        switch (key)
        {
            case RSA rsa:
                var rsaParameters = rsa.ExportParameters(includePrivateParameters: false);
                writer.WriteString("kty", "RSA");
                writer.WriteString("n", Base64Url.Encode(rsaParameters.Modulus));
                writer.WriteString("e", Base64Url.Encode(rsaParameters.Exponent));
                break;
            case ECDsa ec:
                var ecParameters = ec.ExportParameters(includePrivateParameters: false);
                writer.WriteString("kty", "EC");
                writer.WriteString("crv", "P-256");
                writer.WriteString("x", Base64Url.Encode(ecParameters.Q.X));
                writer.WriteString("y", Base64Url.Encode(ecParameters.Q.Y));
                break;
            default:
                throw new InvalidOperationException("Unsupported key type.");
        }

        writer.WriteString("kid", kid);
        writer.WriteString("use", "sig");
        writer.WriteString("alg", algorithm);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The RFC 7638 thumbprint: SHA-256 of the required members in lexicographic order, without whitespace.
    /// https://www.rfc-editor.org/rfc/rfc7638#section-3
    /// </summary>
    public static string Thumbprint(AsymmetricAlgorithm key)
    {
        var json = key switch
        {
            RSA rsa => RsaMembers(rsa.ExportParameters(includePrivateParameters: false)),
            ECDsa ec => EcMembers(ec.ExportParameters(includePrivateParameters: false)),
            _ => throw new InvalidOperationException("Unsupported key type."),
        };
        return Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    private static string RsaMembers(RSAParameters parameters) =>
        $$"""{"e":"{{Base64Url.Encode(parameters.Exponent)}}","kty":"RSA","n":"{{Base64Url.Encode(parameters.Modulus)}}"}""";

    private static string EcMembers(ECParameters parameters) =>
        $$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url.Encode(parameters.Q.X)}}","y":"{{Base64Url.Encode(parameters.Q.Y)}}"}""";
}
