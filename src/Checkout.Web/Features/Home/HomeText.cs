namespace Checkout.Web.Features.Home;

/// <summary>Resource marker for the home page.</summary>
public sealed class HomeText;
