namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>
/// A link that asks the phone to open an address in its real browser: <c>x-safari-https://…</c> opens Safari from an
/// in-app browser on iOS 17 and later, an <c>intent://…</c> link the default browser on Android. Apps may ignore both,
/// so the page always also explains the app's own "open in browser" menu.
/// </summary>
public static class OpenInBrowserLink
{
    public static string? For(Uri address, DevicePlatform platform) => platform switch
    {
        DevicePlatform.Ios => "x-safari-" + address.AbsoluteUri,
        DevicePlatform.Android =>
            $"intent://{address.Authority}{address.PathAndQuery}#Intent;scheme={address.Scheme};action=android.intent.action.VIEW;end",
        _ => null,
    };
}
