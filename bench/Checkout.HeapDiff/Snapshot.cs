namespace Checkout.HeapDiff;

/// <summary>One gcdump: its totals, the bytes and objects per type, and the bytes per owner.</summary>
public sealed class Snapshot
{
    private Snapshot(long bytes, int objects, IReadOnlyDictionary<string, (long Bytes, int Count)> byType, Ownership.Attribution owners)
    {
        Bytes = bytes;
        Objects = objects;
        ByType = byType;
        Owners = owners;
    }

    public long Bytes { get; }
    public int Objects { get; }
    public IReadOnlyDictionary<string, (long Bytes, int Count)> ByType { get; }
    public Ownership.Attribution Owners { get; }

    public static Snapshot Load(string path)
    {
        var graph = HeapGraph.Load(path);
        var byType = new Dictionary<string, (long Bytes, int Count)>(StringComparer.Ordinal);
        var objects = 0;
        for (var n = 0; n < graph.Count; n++)
        {
            if (graph.Sizes[n] == 0)
            {
                continue; // the dump's pseudo-nodes (roots, categories)
            }

            objects++;
            var (bytes, count) = byType.GetValueOrDefault(graph.TypeOf(n));
            byType[graph.TypeOf(n)] = (bytes + graph.Sizes[n], count + 1);
        }

        return new Snapshot(graph.TotalBytes, objects, byType, Ownership.Of(graph));
    }
}
