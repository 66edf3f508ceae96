namespace Checkout.Bench;

/// <summary>A timed step of one purchase and what its time measures.</summary>
internal sealed record FlowStep(string Name, string Measures)
{
    public static readonly FlowStep Programme = new("GET programme `/`", "HTTP: request sent → whole page received");
    public static readonly FlowStep Event = new("GET event page", "HTTP: request sent → whole page received");
    public static readonly FlowStep AddToCart = new("POST add to cart", "HTTP: form post sent → 302 to the cart received (VdM cart create + add)");
    public static readonly FlowStep CartPrerender = new("GET cart page (prerender)", "browser navigation: request sent → first response byte (server time of the prerender)");
    public static readonly FlowStep CartReady = new("cart page ready", "navigation start → cart lines shown and the hold timer running (`data-started`)");
    public static readonly FlowStep Checkout = new("checkout page", "click \"to checkout\" → buyer form with the place-order button shown in the circuit");
    public static readonly FlowStep PlaceOrder = new("place order", "click \"place order\" → the payment provider's page shown (VdM order create + redirect)");
    public static readonly FlowStep Status = new("status page", "click \"pay\" at the simulator → the shop's status page shows \"paid\"");

    public static readonly IReadOnlyList<FlowStep> All = [Programme, Event, AddToCart, CartPrerender, CartReady, Checkout, PlaceOrder, Status];
}
