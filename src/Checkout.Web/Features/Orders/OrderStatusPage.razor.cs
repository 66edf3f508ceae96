using Checkout.Web.Shell.Errors;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Orders;

/// <summary>
/// An order's status from the URL alone (VdM's <c>?return=</c>, its older <c>?response=</c>, or the bookmarkable
/// <c>/order/{key}</c>). What it shows and the checks that keep it current belong to an <see cref="OrderStatusTracker"/>;
/// the page opens it for the requested key and re-renders when it changes. Every look the visitor causes counts against
/// the lookups per address: a page load in <see cref="Shell.Security.AddressRateLimitMiddleware"/>, a key opened or
/// checked again inside the circuit here.
/// </summary>
public sealed partial class OrderStatusPage
{
    private readonly CancellationTokenSource lifetime = new();
    private OrderStatusTracker tracker = default!;
    private bool limited;

    /// <summary>The bookmarkable form, /order/{key}.</summary>
    [Parameter]
    public string? OrderKey { get; set; }

    /// <summary>VdM appends ?return=&lt;order_key&gt; to the redirect URL after payment.</summary>
    [SupplyParameterFromQuery(Name = "return")]
    public string? ReturnKey { get; set; }

    /// <summary>The parameter name of VdM's older documentation; ?return= wins when both are present.</summary>
    [SupplyParameterFromQuery(Name = "response")]
    public string? ResponseKey { get; set; }

    /// <summary>Set while prerendering and restored in the circuit (persisted component state).</summary>
    [PersistentState]
    public PrerenderedOrder? Prerendered { get; set; }

    // Present only while prerendering the first response, which is when the status code can still be set.
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private string RequestedKey => new[] { OrderKey, ReturnKey, ResponseKey }.FirstOrDefault(k => !string.IsNullOrWhiteSpace(k)) ?? "";

    private TimeSpan PollBound => TimeSpan.FromSeconds(Client.Settings.Shop.StatusPollSeconds);

    protected override void OnInitialized()
    {
        tracker = new OrderStatusTracker(Orders, Time);
        tracker.Changed += OnTrackerChanged;
        tracker.Faulted += DispatchExceptionAsync;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (RequestedKey == tracker.Key)
        {
            return;
        }

        // Opening the page asks VdM once, not twice: the circuit takes over what prerendering read.
        var prerendered = Prerendered;
        Prerendered = null;
        // A key the circuit must look up itself (navigated to, not read while prerendering) costs a VdM call like a load.
        if (RendererInfo.IsInteractive && prerendered?.Key != RequestedKey && !await MayLookUpAsync())
        {
            return;
        }

        await tracker.OpenAsync(RequestedKey, prerendered, lifetime.Token);
        if (prerendered?.Key != RequestedKey && !tracker.Failed && !RendererInfo.IsInteractive)
        {
            Prerendered = new PrerenderedOrder(RequestedKey, tracker.View);
        }

        Loaded();
    }

    private async Task ReloadAsync()
    {
        if (await MayLookUpAsync())
        {
            await tracker.LoadAsync(lifetime.Token);
            Loaded();
        }
    }

    private async Task CheckAgainAsync()
    {
        if (await MayLookUpAsync())
        {
            await tracker.CheckAgainAsync(PollBound, lifetime.Token);
        }
    }

    private async Task<bool> MayLookUpAsync()
    {
        limited = !(await Guard.TryStatusLookupAsync(Visitor.Address, lifetime.Token)).Allowed;
        return !limited;
    }

    private void Loaded()
    {
        if (tracker.NotFound)
        {
            NotFoundStatus.KeepPageAndAnswer404(HttpContext);
        }

        // A prerendered page cannot update itself, so the payment check and the polling wait for the circuit.
        if (RendererInfo.IsInteractive)
        {
            tracker.Watch(PollBound, lifetime.Token);
        }
    }

    private void OnTrackerChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        tracker.Changed -= OnTrackerChanged;
        tracker.Faulted -= DispatchExceptionAsync;
        tracker.Dispose();
        lifetime.Cancel();
        lifetime.Dispose();
    }
}
