namespace Checkout.Sandbox.Data.Seed;

internal sealed record HallAddress(string Street, string Zip, string City, string Phone, string Url);

internal static class HallPlans
{
    public static Hall GeneralAdmission(int id, string name, HallAddress address, PriceRank rank, int capacity) =>
        Create(id, name, address, [rank], Enumerable.Range(0, capacity).Select(_ => new SeatPlace(0, null, 0, 0, rank.RankId, null)));

    public static Hall Create(int id, string name, HallAddress address, IReadOnlyList<PriceRank> ranks, IEnumerable<SeatPlace> places) =>
        new(id, name, address.Street, address.Zip, address.City, address.Phone, address.Url, ranks, [.. places]);

    /// <summary>A block of numbered rows; <paramref name="rankOfRow"/> and <paramref name="blockOf"/> shape the plan.</summary>
    public static IEnumerable<SeatPlace> Rows(
        int sectionId, string sectionName, int rows, int seatsPerRow, Func<int, int> rankOfRow, Func<int, int, string?> blockOf) =>
        Rows(sectionId, sectionName, Enumerable.Repeat(seatsPerRow, rows).ToArray(), rankOfRow, blockOf);

    /// <summary>Numbered rows of different widths: <paramref name="seatsPerRow"/>[0] is row 1.</summary>
    public static IEnumerable<SeatPlace> Rows(
        int sectionId, string sectionName, int[] seatsPerRow, Func<int, int> rankOfRow, Func<int, int, string?> blockOf) =>
        from row in Enumerable.Range(1, seatsPerRow.Length)
        from nr in Enumerable.Range(1, seatsPerRow[row - 1])
        select new SeatPlace(sectionId, sectionName, row, nr, rankOfRow(row), blockOf(row, nr));

    /// <summary>Turns places of one row into wheelchair places, each with its companion seat (wheelchair nr → companion nr).</summary>
    public static IEnumerable<SeatPlace> WithWheelchairPlaces(
        this IEnumerable<SeatPlace> places, int sectionId, int row, params (int Wheelchair, int Companion)[] pairs) =>
        places.Select(p => p.SectionId != sectionId || p.Row != row
            ? p
            : pairs.FirstOrDefault(w => w.Wheelchair == p.Nr) is { Wheelchair: > 0 } pair
                ? p with { BlockType = SeatPlace.Wheelchair, CompanionNr = pair.Companion }
                : pairs.Any(w => w.Companion == p.Nr) ? p with { IsCompanion = true } : p);
}
