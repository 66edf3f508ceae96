using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;
using Microsoft.Extensions.Logging;

namespace Checkout.VoordeMensen.Halls;

/// <summary>
/// Peppered's halls are documented; the public locations are what a client without a key can read. Both list the same
/// halls under the same ids (docs/vdm-assumptions.md, "A hall's id is the event's location_id").
/// </summary>
internal sealed partial class VoordeMensenHalls(IVoordeMensenClients clients, ILogger<VoordeMensenHalls> logger) : IVoordeMensenHalls
{
    public async Task<IReadOnlyList<HallAddress>> GetAsync(string clientKey, CancellationToken cancellationToken = default)
    {
        var client = clients.For(clientKey);
        if (client.HasPepperedKey)
        {
            try
            {
                return [.. (await client.Peppered.GetHallsAsync(cancellationToken)).Select(FromHall)];
            }
            catch (VoordeMensenException e)
            {
                LogHallsFailed(client.ClientName, e.Kind, e.StatusCode);
            }
        }

        return [.. (await client.Public.GetLocationsAsync(cancellationToken)).Select(FromLocation)];
    }

    private static HallAddress FromHall(Hall hall) => new(hall.Id, hall.Name, Blank(hall.Address), Blank(hall.Zip), Blank(hall.City));

    // location_address1 is a second address line when a venue uses one (an addition such as "ingang Achterom").
    private static HallAddress FromLocation(Location location) => new(
        location.Id,
        location.Name,
        Blank(string.Join(' ', new[] { location.Address, location.Address1 }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()))),
        Blank(location.Zip),
        Blank(location.City));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(Level = LogLevel.Warning, Message = "VdM {ClientName} GET /v1/{{client}}/peppered/hall failed: {Kind} (HTTP {StatusCode}); reading the public locations instead")]
    private partial void LogHallsFailed(string clientName, VdmErrorKind kind, int? statusCode);
}
