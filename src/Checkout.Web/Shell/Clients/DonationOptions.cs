namespace Checkout.Web.Shell.Clients;

/// <summary>The donation a visitor may add to the cart; it goes into the VdM cart through Peppered.</summary>
public sealed class DonationOptions
{
    /// <summary>The amounts offered, in euros (e.g. 2.50, 5, 10); empty = no donation offer.</summary>
    public decimal[] Amounts { get; set; } = [];
}
