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
        from row in Enumerable.Range(1, rows)
        from nr in Enumerable.Range(1, seatsPerRow)
        select new SeatPlace(sectionId, sectionName, row, nr, rankOfRow(row), blockOf(row, nr));
}
