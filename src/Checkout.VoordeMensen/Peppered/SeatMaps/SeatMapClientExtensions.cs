namespace Checkout.VoordeMensen.Peppered.SeatMaps;

public static class SeatMapClientExtensions
{
    /// <summary>
    /// The seat plan a buyer can choose from: null without a Peppered key, for an unknown event or for general
    /// admission. "Has a seat plan" for a performance is exactly "this is not null".
    /// </summary>
    public static async Task<SeatMap?> FindSeatMapAsync(this IVoordeMensenClient client, int eventId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.HasPepperedKey ? await client.Peppered.GetSeatMapAsync(eventId, cancellationToken) : null;
    }
}
