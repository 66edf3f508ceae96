namespace Checkout.VoordeMensen.Halls;

/// <summary>The client's halls with their addresses.</summary>
public interface IVoordeMensenHalls
{
    /// <summary>
    /// With a Peppered key the documented <c>GET /peppered/hall</c>; without one, or when that call fails, the public
    /// <c>GET /locations/</c>, which only integration code shows (contract §1.8). Halls without an id are left out.
    /// Throws <see cref="VoordeMensenException"/> when no source answers. Not cached here: addresses change rarely, so
    /// callers keep the list for a while.
    /// </summary>
    Task<IReadOnlyList<HallAddress>> GetAsync(string clientKey, CancellationToken cancellationToken = default);
}
