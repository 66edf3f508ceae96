using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// Counts down a ticket hold, warns before it ends and offers to extend it (WCAG 2.2.1). Screen readers hear it only
/// when the time crosses a threshold, not every second. Ticks on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class HoldTimer
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WarnBelow = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RenewBelow = TimeSpan.FromMinutes(5);

    // Largest first: should one tick pass both (a stalled circuit), only the nearer end is said.
    private static readonly (TimeSpan At, string Key)[] Announcements =
    [
        (TimeSpan.FromMinutes(2), "AnnounceTwoMinutes"),
        (TimeSpan.FromSeconds(20), "AnnounceTwentySeconds"),
    ];

    private ITimer? ticker;
    private DateTimeOffset? countingTo;
    private TimeSpan remaining;
    private string announcement = "";
    private bool renewing;
    private bool disposed;

    /// <summary>When the hold ends; null when nothing is held (then nothing is shown and no timer runs).</summary>
    [Parameter, EditorRequired]
    public required DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>How many more times the visitor may extend; the extend button is offered only above 0.</summary>
    [Parameter, EditorRequired]
    public required int RenewalsLeft { get; set; }

    /// <summary>
    /// The last moment the selection may still be extended (<see cref="HoldPolicy.ExtendableUntil"/>); null = only the
    /// renewals left count. After it the timer says that the time can no longer be extended.
    /// </summary>
    [Parameter]
    public DateTimeOffset? ExtendableUntil { get; set; }

    /// <summary>The length of the hold in minutes, for the hold sentence; null = the client's configured hold.</summary>
    [Parameter]
    public int? HoldMinutes { get; set; }

    /// <summary>Extends the hold; the parent then passes the new <see cref="ExpiresAt"/>.</summary>
    [Parameter, EditorRequired]
    public required EventCallback OnRenew { get; set; }

    /// <summary>Raised once when the countdown reaches 0 while shown.</summary>
    [Parameter, EditorRequired]
    public required EventCallback OnExpired { get; set; }

    private bool IsWarning => remaining < WarnBelow;

    private bool MayRenew => RenewalsLeft > 0 && (ExtendableUntil is not { } last || Time.GetUtcNow() <= last);

    private bool CanRenew => MayRenew && remaining < RenewBelow;

    /// <summary>In the time the extend button would be offered, but extending is no longer possible.</summary>
    private bool CannotRenew => !MayRenew && remaining < RenewBelow && remaining > TimeSpan.Zero;

    private string Clock => $"{(int)remaining.TotalMinutes}:{remaining.Seconds:00}";

    private string RenewalsLeftText => RenewalsLeft == 1 ? T["RenewalsLeftOne"] : T["RenewalsLeftMany", RenewalsLeft];

    protected override void OnParametersSet()
    {
        if (ExpiresAt == countingTo)
        {
            return;
        }

        countingTo = ExpiresAt;
        announcement = "";
        ticker?.Dispose();
        ticker = null;
        remaining = RemainingNow();
        if (ExpiresAt is { } end && remaining > TimeSpan.Zero)
        {
            // Tick on the hold's whole seconds, so the clock never shows the same second twice.
            var fraction = TimeSpan.FromTicks((end - Time.GetUtcNow()).Ticks % TimeSpan.TicksPerSecond);
            ticker = Time.CreateTimer(_ => OnTick(), null, fraction > TimeSpan.Zero ? fraction : Tick, Tick);
        }
    }

    public void Dispose()
    {
        disposed = true;
        ticker?.Dispose();
    }

    private void OnTick() => _ = InvokeAsync(async () =>
    {
        try
        {
            await TickAsync();
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    });

    private async Task TickAsync()
    {
        if (disposed || ticker is null)
        {
            return;
        }

        var before = remaining;
        remaining = RemainingNow();
        if (Announcements.LastOrDefault(a => before > a.At && remaining <= a.At) is { Key: { } key })
        {
            announcement = MayRenew ? $"{T[key]} {T["AnnounceCanExtend"]}" : T[key];
        }

        StateHasChanged();
        if (remaining == TimeSpan.Zero)
        {
            ticker.Dispose();
            ticker = null;
            await OnExpired.InvokeAsync();
        }
    }

    private async Task RenewAsync()
    {
        renewing = true;
        try
        {
            await OnRenew.InvokeAsync();
        }
        finally
        {
            renewing = false;
        }
    }

    /// <summary>Rounded up: "0:00" only once the hold has really ended.</summary>
    private TimeSpan RemainingNow()
    {
        var left = ExpiresAt is { } end ? end - Time.GetUtcNow() : TimeSpan.Zero;
        return left > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Ceiling(left.TotalSeconds)) : TimeSpan.Zero;
    }
}
