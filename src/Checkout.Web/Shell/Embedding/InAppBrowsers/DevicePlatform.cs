namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>Where "open in your browser" can be a link: Safari on iOS, the default browser on Android.</summary>
public enum DevicePlatform
{
    Other,
    Ios,
    Android,
}
