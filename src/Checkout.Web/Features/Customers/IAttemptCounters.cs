namespace Checkout.Web.Features.Customers;

/// <summary>
/// Counters that every instance of the shop shares and changes atomically (Redis when scaled out, memory on one
/// instance): attempts per address, lockouts, and "used once" marks for codes, tickets and token ids. A counter is
/// created by its first increment and forgotten when the window that increment started is over (a fixed window).
/// </summary>
public interface IAttemptCounters
{
    /// <summary>Adds one and returns the new count with the time left in its window, as one atomic step.</summary>
    Task<CounterState> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>The count and the time left without changing them; <see cref="CounterState.None"/> when there is none.</summary>
    Task<CounterState> PeekAsync(string key, CancellationToken cancellationToken);
}
