using Microsoft.JSInterop;

namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>
/// Before payment, in the built-in browser of a social app (which breaks payment redirects and bank-app links): says so
/// and offers to continue in the visitor's own browser through a one-time link (<see cref="CartHandoffs"/>) that carries
/// the cart. The User-Agent is read in the browser once the circuit runs; elsewhere nothing shows.
/// </summary>
public sealed partial class InAppBrowserNotice
{
    private IJSObjectReference? module;
    private InAppBrowser? app;
    private bool busy;
    private bool limited;
    private string? link;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/in-app-browser.js");
            app = InAppBrowsers.Detect(await module.InvokeAsync<string?>("userAgent"));
        }
        catch (JSException)
        {
            // Without the script nothing can be read; the checkout works as it does everywhere else.
            return;
        }

        if (app is not null)
        {
            StateHasChanged();
        }
    }

    /// <summary>The whole window goes to the link's page, which explains how to open it in the phone's browser.</summary>
    private async Task OpenAsync()
    {
        (busy, limited, link) = (true, false, null);
        try
        {
            if (await Handoffs.CreateAsync(CancellationToken.None) is not { } token)
            {
                limited = true;
                return;
            }

            var address = new Uri(new Uri(Navigation.BaseUri), $"continue?token={token}").AbsoluteUri;
            if (module is null || !await module.InvokeAsync<bool>("navigateTop", address))
            {
                link = address;
            }
        }
        finally
        {
            busy = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (module is null)
        {
            return;
        }

        try
        {
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is gone with its circuit: nothing left to release in the browser.
        }
    }
}
