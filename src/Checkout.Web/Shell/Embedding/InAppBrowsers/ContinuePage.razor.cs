using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>
/// <c>/continue?token=…</c>, a one-time link from <see cref="InAppBrowserNotice"/>. In an app's built-in browser it
/// explains how to open the page in the phone's own browser; there, one press moves the cart to that browser and goes
/// on to checkout. A used, expired or unknown link says so.
/// </summary>
public sealed partial class ContinuePage
{
    private const string FormName = "continue";

    private PageState state;
    private InAppBrowser? app;

    /// <summary>In the query, not the path: the request log records paths, and a live token is a key to a cart.</summary>
    [SupplyParameterFromQuery(Name = "token")]
    public string? Token { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private string? UserAgent => HttpContext?.Request.Headers.UserAgent.ToString();

    private string? OpenHref => OpenInBrowserLink.For(new Uri(Navigation.Uri), InAppBrowsers.PlatformOf(UserAgent));

    protected override async Task OnInitializedAsync()
    {
        app = InAppBrowsers.Detect(UserAgent);
        if (HttpMethods.IsPost(HttpContext?.Request.Method ?? ""))
        {
            // The posted form must be on the page for its handler to run; the handler decides what is shown.
            state = PageState.Ready;
            return;
        }

        state = !await Handoffs.IsLiveAsync(Token, CancellationToken.None) ? PageState.Expired
            : app is not null ? PageState.InApp
            : PageState.Ready;
    }

    private async Task ContinueAsync()
    {
        switch (await Handoffs.ContinueAsync(Token, CancellationToken.None))
        {
            case HandoffOutcome.Continued:
                Navigation.NavigateTo("checkout");
                break;
            case HandoffOutcome.TooManyRequests:
                state = PageState.Limited;
                break;
            default:
                state = PageState.Expired;
                break;
        }
    }

    private enum PageState
    {
        Ready,
        InApp,
        Expired,
        Limited,
    }
}
