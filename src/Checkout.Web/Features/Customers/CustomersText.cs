namespace Checkout.Web.Features.Customers;

/// <summary>Resource marker for the identified checkout: lookup, code, previous orders, the code mail.</summary>
public sealed class CustomersText;
