using Checkout.VoordeMensen;

namespace Checkout.Web.Features.Customers;

/// <summary>One earlier order of the verified customer; its status page (order/{key}) has the ticket links.</summary>
public sealed record CustomerOrder(string OrderKey, DateTimeOffset? OrderDate, decimal Amount, PaymentStatus PaymentStatus);
