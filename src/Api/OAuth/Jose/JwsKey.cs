using System.Security.Cryptography;
using KtPortal.Domain.Identity;

namespace KtPortal.Api.OAuth.Jose;

/// <summary>
/// An RSA or P-256 key with its <c>kid</c>: the private half signs, the public half verifies. Owns the
/// underlying key object.
/// </summary>
internal sealed class JwsKey : IDisposable
{
    private readonly AsymmetricAlgorithm _key;

    private JwsKey(string kid, SigningAlgorithm algorithm, AsymmetricAlgorithm key)
    {
        Kid = kid;
        Algorithm = algorithm;
        _key = key;
    }

    public string Kid { get; }

    public SigningAlgorithm Algorithm { get; }

    public string AlgorithmName => JwsAlgorithms.NameOf(Algorithm);

    /// <summary>Makes a new key pair: RSA 2048 for RS256, P-256 for ES256. Its kid is its RFC 7638 thumbprint.</summary>
    public static JwsKey Generate(SigningAlgorithm algorithm)
    {
        AsymmetricAlgorithm key = algorithm switch
        {
            SigningAlgorithm.Rs256 => RSA.Create(2048),
            SigningAlgorithm.Es256 => ECDsa.Create(ECCurve.NamedCurves.nistP256),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signing algorithm."),
        };
        return new JwsKey(JsonWebKeys.Thumbprint(key), algorithm, key);
    }

    /// <summary>Loads a private key from PKCS#8.</summary>
    public static JwsKey FromPkcs8(string kid, SigningAlgorithm algorithm, ReadOnlySpan<byte> pkcs8)
    {
        AsymmetricAlgorithm key = algorithm == SigningAlgorithm.Rs256 ? RSA.Create() : ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        return new JwsKey(kid, algorithm, key);
    }

    /// <summary>Loads a public key from SubjectPublicKeyInfo (DER).</summary>
    public static JwsKey FromPublicKey(string kid, SigningAlgorithm algorithm, ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        AsymmetricAlgorithm key = algorithm == SigningAlgorithm.Rs256 ? RSA.Create() : ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        if (key is ECDsa ec && ec.KeySize != 256)
        {
            key.Dispose();
            throw new CryptographicException("An ES256 key must be on P-256.");
        }

        return new JwsKey(kid, algorithm, key);
    }

    public byte[] ExportPkcs8() => _key.ExportPkcs8PrivateKey();

    public byte[] ExportPublicKey() => _key.ExportSubjectPublicKeyInfo();

    /// <summary>Writes the public key as a JWK (RFC 7517) into an open JSON object.</summary>
    public void WritePublicJwk(System.Text.Json.Utf8JsonWriter writer) => JsonWebKeys.WritePublic(writer, _key, Kid, AlgorithmName);

    public byte[] Sign(ReadOnlySpan<byte> data) => _key switch
    {
        RSA rsa => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        // RFC 7518 §3.4: the JWS signature is R || S, 64 bytes for P-256, which is .NET's IEEE P1363 format.
        ECDsa ec => ec.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        _ => throw new InvalidOperationException("Unsupported key type."),
    };

    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => _key switch
    {
        RSA rsa => rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ECDsa ec => signature.Length == 64
            && ec.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        _ => false,
    };

    public void Dispose() => _key.Dispose();
}
