namespace Checkout.Web.Features.Customers;

/// <summary>Where the identified-checkout step is shown: its texts and what it shows after verification differ.</summary>
public enum CustomerStepUse
{
    /// <summary>The checkout's "bought from us before?": fills in the form and lists earlier orders.</summary>
    Checkout,

    /// <summary>My tickets: only proves the address; the page lists the orders itself.</summary>
    MyTickets,
}
