namespace Checkout.Web.Features.Customers;

/// <summary>A shared counter's value and how long until it is forgotten (zero when there is no counter).</summary>
public readonly record struct CounterState(long Count, TimeSpan TimeLeft)
{
    public static CounterState None => default;
}
