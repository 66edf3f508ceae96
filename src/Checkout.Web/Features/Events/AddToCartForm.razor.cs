using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Events;

/// <summary>
/// The ticket order of an event page: a static SSR form post (ordering works with and without JavaScript), checked on
/// the server, then added to the cart as one action; a refusal shows next to the ticket type VdM refused.
/// </summary>
public sealed partial class AddToCartForm
{
    private const string FormName = "add-to-cart";

    private readonly Dictionary<string, AddToCartRefusal> typeErrors = new(StringComparer.Ordinal);
    private AddToCartRefusal? formError;

    [Parameter, EditorRequired]
    public required int PerformanceId { get; set; }

    [Parameter, EditorRequired]
    public required string PageHref { get; set; }

    /// <summary>Null when VdM could not say which ticket types are on sale.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<TicketType>? TicketTypes { get; set; }

    [Parameter, EditorRequired]
    public required int MaxPerOrder { get; set; }

    /// <summary>Tickets of this performance the visitor already holds: VdM's maximum counts per order, not per click.</summary>
    [Parameter, EditorRequired]
    public required int InCart { get; set; }

    [SupplyParameterFromForm(FormName = FormName)]
    private AddToCartInput? Form { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private bool IsPostBack => HttpMethods.IsPost(HttpContext?.Request.Method ?? "");

    private int Cap => MaxPerOrder - InCart;

    private UnorderableReason? Unorderable => TicketTypes switch
    {
        null => UnorderableReason.TicketTypesUnavailable,
        [] => UnorderableReason.SoldOut,
        _ when Cap <= 0 => UnorderableReason.CapReached,
        _ => null,
    };

    private string? FirstError => TicketTypes?.FirstOrDefault(t => typeErrors.ContainsKey(t.DiscountId))?.DiscountId;

    protected override void OnInitialized() => Form ??= new AddToCartInput();

    private async Task AddAsync()
    {
        if (Unorderable is not null || TicketTypes is not { } types || Form is null)
        {
            return;
        }

        var check = AddToCartCheck.Of(Form, types, Cap);
        foreach (var discountId in check.InvalidQuantities)
        {
            typeErrors[discountId] = AddToCartRefusal.QuantityRange(T["QuantityRange", Cap]);
        }

        formError = check.Error switch
        {
            AddToCartError.NothingChosen => AddToCartRefusal.Of(check.Error, T["NothingChosen"]),
            AddToCartError.TooManyInTotal => AddToCartRefusal.Of(check.Error, T["TooManyInTotal", Cap]),
            _ => null,
        };
        if (!check.IsValid)
        {
            return;
        }

        var change = await Cart.AddAsync(PerformanceId, MaxPerOrder, check.Requests, CancellationToken.None);
        if (change.Succeeded)
        {
            await VenueEvents.AddedToCartAsync(PerformanceId, check.Requests, types, CancellationToken.None);
            Navigation.NavigateTo("cart");
            return;
        }

        // VdM names the ticket type it refused when it can; the message then sits where the visitor has to act.
        var message = AddToCartRefusal.Of(change.Problem, CartT.For(change.Problem));
        if (change.FailedDiscountId is { } failed && types.Any(t => t.DiscountId == failed))
        {
            typeErrors[failed] = message;
        }
        else
        {
            formError = message;
        }
    }
}
