using System.Text.RegularExpressions;

namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>
/// Which chosen seats a refused add names. VdM documents no error body for cart adds; we read Laravel's way of naming
/// array items ("1.seatId": […]) and seat ids quoted in any message (docs/vdm-assumptions.md, "Seat refusals").
/// </summary>
internal static partial class SeatRefusalReader
{
    public static IReadOnlyList<ChosenSeat> Named(VoordeMensenException error, SeatSelection selection)
    {
        var named = new HashSet<ChosenSeat>();
        foreach (var (field, messages) in error.FieldErrors)
        {
            if (ItemField().Match(field) is { Success: true } match
                && int.TryParse(match.Groups[1].ValueSpan, out var index) && index < selection.Seats.Count)
            {
                named.Add(selection.Seats[index]);
            }
            named.UnionWith(Mentioned(selection, messages));
        }
        named.UnionWith(Mentioned(selection, [error.Message]));
        return [.. selection.Seats.Where(named.Contains)];
    }

    private static IEnumerable<ChosenSeat> Mentioned(SeatSelection selection, IEnumerable<string> messages) =>
        selection.Seats.Where(c => messages.Any(m =>
            Regex.IsMatch(m, $@"(?<![\w-]){Regex.Escape(c.Seat.Id)}(?![\w-])", RegexOptions.None, TimeSpan.FromMilliseconds(100))));

    [GeneratedRegex(@"^(\d{1,4})\.seatId$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemField();
}
