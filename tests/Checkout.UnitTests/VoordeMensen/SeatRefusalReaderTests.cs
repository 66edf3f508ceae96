using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.UnitTests.VoordeMensen;

public sealed class SeatRefusalReaderTests
{
    private static readonly SeatSelection Selection = SeatMap.FromPlan(new SeatPlan(95, 1,
            [new PriceLevel("std", 42, "Rang 1", 24.50m)],
            [new SeatSection(5, "Parket", [new SeatRow(1, [new Seat("abc", 1, 42, true), new Seat("abcd", 2, 42, true), new Seat("x-1", 3, 42, true)])])],
            3))
        .Check([new SeatRequest("abc", "std"), new SeatRequest("abcd", "std"), new SeatRequest("x-1", "std")], 3).Selection!;

    private static IEnumerable<string> Named(string message, Dictionary<string, IReadOnlyList<string>>? fields = null) =>
        SeatRefusalReader.Named(new VoordeMensenException(VdmErrorKind.Rejected, message, 409, fields), Selection).Select(c => c.Seat.Id);

    [Fact]
    public void Laravel_item_keys_name_the_seat_by_its_index_in_the_request() =>
        Assert.Equal(["abc", "x-1"], Named("The given data was invalid.", new() { ["2.seatId"] = ["taken"], ["0.SEATID"] = ["taken"], ["7.seatId"] = ["?"] }));

    [Fact]
    public void A_seat_id_quoted_in_a_message_names_that_seat_only_as_a_whole_word() =>
        Assert.Equal(["abcd"], Named("Seat abcd is not available", new() { ["seatId"] = ["Seat 'x-10' is not available"] }));

    [Fact]
    public void A_refusal_that_names_no_seat_yields_none() =>
        Assert.Empty(Named("Maximum number of tickets per order exceeded (10)", new() { ["0.priceId"] = ["invalid"] }));
}
