using System.Security.Cryptography;

namespace Checkout.Sandbox.Data;

/// <summary>VdM-style identifiers: 10-char seat and discount ids, 32-char cart ids, 5x4 order keys.</summary>
internal static class Tokens
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Unguessable: cart ids and order keys are the only thing protecting a buyer's cart or order.</summary>
    public static string Secure(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    public static string OrderKey(Func<int, string> token) =>
        string.Join('-', token(5), token(5), token(5), token(5));
}
