using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// A ticket hold's countdown (WCAG 2.2.1), rendered statically: the server renders the state at the time of the
/// request, js/hold-timer.js counts down in the browser, warns before the end, offers the extend form in the last five
/// minutes and tells screen readers at 2:00 and 0:20 only, not every second. Extending is a form post, so it holds no
/// circuit and works without JavaScript.
/// </summary>
public sealed partial class HoldTimer
{
    public const string FormName = "hold-renew";

    private static readonly TimeSpan WarnBelow = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RenewBelow = TimeSpan.FromMinutes(5);

    /// <summary>When the hold ends; null when nothing is held (then nothing is shown).</summary>
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

    /// <summary>
    /// The page form the extend button joins (the checkout's: the typed details come along), or null for a form of its
    /// own. A joined press is handled by that form's handler; <see cref="OnRenew"/> then is not called.
    /// </summary>
    [Parameter]
    public Shell.Forms.JoinedButton? Join { get; set; }

    /// <summary>The extend form was posted; the parent extends the hold and renders the new <see cref="ExpiresAt"/>.</summary>
    [Parameter, EditorRequired]
    public required EventCallback OnRenew { get; set; }

    private TimeSpan Remaining => RemainingNow();

    private bool IsWarning => Remaining < WarnBelow;

    private bool MayRenew => RenewalsLeft > 0 && (ExtendableUntil is not { } last || Time.GetUtcNow() <= last);

    private bool CanRenew => MayRenew && Remaining < RenewBelow && Remaining > TimeSpan.Zero;

    /// <summary>In the time the extend button would be offered, but extending is no longer possible.</summary>
    private bool CannotRenew => !MayRenew && Remaining < RenewBelow && Remaining > TimeSpan.Zero;

    private string Clock => $"{(int)Remaining.TotalMinutes}:{Remaining.Seconds:00}";

    private string WarningText => Remaining == TimeSpan.Zero ? T["TimerEnded"] : T[CanRenew ? "TimerWarningCanExtend" : "TimerWarning"];

    private string RenewalsLeftText => RenewalsLeft == 1 ? T["RenewalsLeftOne"] : T["RenewalsLeftMany", RenewalsLeft];

    private string Announcement(string key) => MayRenew ? $"{T[key]} {T["AnnounceCanExtend"]}" : T[key];

    private Task RenewAsync() => OnRenew.InvokeAsync();

    /// <summary>Rounded up: "0:00" only once the hold has really ended.</summary>
    private TimeSpan RemainingNow()
    {
        var left = ExpiresAt is { } end ? end - Time.GetUtcNow() : TimeSpan.Zero;
        return left > TimeSpan.Zero ? TimeSpan.FromSeconds(Math.Ceiling(left.TotalSeconds)) : TimeSpan.Zero;
    }
}
