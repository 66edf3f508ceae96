using Checkout.Web.Shell.Security;

namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>
/// Rate limits of one-time links, per visitor (or link) and per address in a ten-minute window: making them (a visitor
/// needs one or two) and using them (a guesser is stopped long before a 256-bit token could be found). In memory per
/// instance, like the other service-layer limits.
/// </summary>
public sealed class HandoffLimits : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public ActionRateLimit Creates { get; } = new(perSubject: 5, perAddress: 30, Window);

    public ActionRateLimit Uses { get; } = new(perSubject: 5, perAddress: 20, Window);

    public void Dispose()
    {
        Creates.Dispose();
        Uses.Dispose();
    }
}
