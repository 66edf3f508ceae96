namespace Checkout.Web.Shell.Compression;

/// <summary>
/// Marks a large page whose HTML goes out compressed (brotli or gzip, as the browser accepts). Only for a page that
/// reflects nothing an attacker can choose next to a secret that stays the same between responses: the antiforgery
/// token is the one secret such a page carries, and it is encrypted afresh (random IV) for every response, so BREACH
/// has nothing stable to guess. Pages stay uncompressed by default (docs/operations.md, "Compression").
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CompressedPageAttribute : Attribute;
