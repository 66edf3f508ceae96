namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>The app whose built-in browser shows the shop: these break payment redirects and bank-app links.</summary>
public enum InAppBrowser
{
    Instagram,
    Facebook,
    Messenger,
    TikTok,
    Snapchat,
    LinkedIn,
}
