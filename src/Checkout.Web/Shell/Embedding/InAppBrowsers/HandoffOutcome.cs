namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

public enum HandoffOutcome
{
    /// <summary>The cart is this browser's now.</summary>
    Continued,

    /// <summary>Unknown, expired, already used or another client's link.</summary>
    Expired,

    /// <summary>Too many links made or tried from this visitor or address in a short time.</summary>
    TooManyRequests,
}
