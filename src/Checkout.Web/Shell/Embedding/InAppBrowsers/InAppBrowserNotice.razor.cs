using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>
/// Before payment, in the built-in browser of a social app (which breaks payment redirects and bank-app links): says so
/// and offers to continue in the visitor's own browser through a one-time link (<see cref="CartHandoffs"/>) that carries
/// the cart. Read from the request's User-Agent (the checkout page is statically rendered); elsewhere nothing shows.
/// </summary>
public sealed partial class InAppBrowserNotice
{
    private const string FormName = "in-app-open";

    private InAppBrowser? app;
    private bool limited;
    private string? link;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override void OnInitialized() =>
        app = InAppBrowsers.Detect(HttpContext?.Request.Headers.UserAgent.ToString());

    /// <summary>The whole window goes to the link's page, which explains how to open it in the phone's browser.</summary>
    private async Task OpenAsync()
    {
        if (await Handoffs.CreateAsync(CancellationToken.None) is not { } token)
        {
            limited = true;
            return;
        }

        link = new Uri(new Uri(Navigation.BaseUri), $"continue?token={token}").AbsoluteUri;
    }
}
