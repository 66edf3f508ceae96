namespace Checkout.Bench;

/// <summary>
/// The sandbox's Hamlet performances (sub events 1001–1008, Grote Zaal): enough seats for every benchmark visitor,
/// spread so that no performance sells out during a run.
/// </summary>
internal static class Performances
{
    private const int First = 1001;
    private const int Count = 8;

    public static int Pick(int visitor) => First + (visitor % Count);
}
