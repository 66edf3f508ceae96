using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The shop's side of seat choice at VdM: the current plan of a performance and holding checked seats in a cart, with
/// the library's answers turned into the shop's problems (<see cref="CartProblem"/>) and places (<see cref="SeatPlace"/>).
/// </summary>
public sealed class SeatHolds(IVoordeMensenClients vdm, CurrentClient client, ShopMetrics metrics, ILogger<SeatHolds> logger)
{
    private IVoordeMensenClient Vdm => vdm.For(client.Key);

    /// <summary>The plan as VdM has it now (null: no seat plan, the performance is best available only), or Unavailable.</summary>
    public async Task<(SeatMap? Map, CartProblem Problem)> FindMapAsync(int performanceId, CancellationToken cancellationToken)
    {
        try
        {
            return (await Vdm.FindSeatMapAsync(performanceId, cancellationToken), CartProblem.None);
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("The seat plan could not be read: {Kind}", e.Kind);
            return (null, CartProblem.Unavailable);
        }
    }

    /// <summary>
    /// Holds every seat of <paramref name="selection"/> in the cart or none: the seats taken meanwhile are named in
    /// <see cref="SeatHoldAttempt.Gone"/>.
    /// </summary>
    public async Task<SeatHoldAttempt> HoldAsync(string cartId, SeatSelection selection, CancellationToken cancellationToken)
    {
        SeatHoldResult result;
        try
        {
            result = await Vdm.Peppered.HoldSeatsAsync(cartId, selection, cancellationToken);
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("Chosen seats could not be held: {Kind}", e.Kind);
            return Refused(CartProblem.Unavailable, []);
        }

        return result switch
        {
            SeatsHeld => new SeatHoldAttempt(CartProblem.None, []),
            SeatsRefused { GoneSeats.Count: > 0 } refused => Refused(CartProblem.SeatTaken, [.. refused.GoneSeats.Select(c => SeatPlace.Of(c.Seat))]),
            SeatsRefused { Kind: VdmErrorKind.NotFound } => Refused(CartProblem.Unavailable, []),
            _ => Refused(CartProblem.Rejected, []),
        };
    }

    private SeatHoldAttempt Refused(CartProblem problem, IReadOnlyList<SeatPlace> gone)
    {
        metrics.CartRefused(client.Key, problem);
        return new SeatHoldAttempt(problem, gone);
    }
}
