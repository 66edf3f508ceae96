namespace Checkout.Web.Shell.Security;

/// <summary>
/// Counters that every instance behind the load balancer shares (Redis when <c>Redis:Configuration</c> is set, memory
/// on a single instance), each change atomic: IDistributedCache has no increment, and a read-then-write would let
/// parallel requests on two instances both pass a limit. Every key expires by itself, so nothing a crashed request
/// counted stays counted for ever.
/// </summary>
public interface ISharedCounters
{
    /// <summary>
    /// Counts one hit in the fixed window of <paramref name="key"/> (a window starts with its first hit and lasts
    /// <paramref name="window"/>): the count including this hit, and when the window ends.
    /// </summary>
    Task<WindowCount> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>
    /// Sets <paramref name="holder"/>'s share of the pool <paramref name="key"/> to <paramref name="amount"/> until
    /// <paramref name="until"/>, if the live shares of all holders then add up to at most <paramref name="limit"/>. A share
    /// that does not grow is always set (0 removes it); a share ends by itself at its <paramref name="until"/>.
    /// </summary>
    Task<PoolShare> TrySetShareAsync(string key, string holder, int amount, DateTimeOffset until, int limit, CancellationToken cancellationToken);
}
