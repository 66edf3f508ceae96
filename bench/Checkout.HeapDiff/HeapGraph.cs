using Graphs;

namespace Checkout.HeapDiff;

/// <summary>
/// A dotnet-gcdump snapshot as flat arrays: each object's size and type, its references (compressed rows), and the
/// pseudo-root the dump hangs the GC roots on. gcdump files bucket large arrays into "T (Bytes > 1K)" types; the suffix
/// is dropped so those count with their type.
/// </summary>
/// <remarks>
/// One kind of reference is left out: from a pending timer to its callback. The runtime keeps all timers in one linked
/// list, so through it every circuit with a running timer (the hold timer) would be reachable from every other one, and
/// nothing in a circuit would have the circuit as its dominator. Without those references a timer's callback belongs
/// to whoever holds the timer, as it does when the timer is disposed.
/// </remarks>
public sealed class HeapGraph
{
    private const string Timer = "System.Threading.TimerQueueTimer";

    private HeapGraph(int[] sizes, int[] types, string[] typeNames, int[] childStart, int[] children, int root)
    {
        Sizes = sizes;
        Types = types;
        TypeNames = typeNames;
        ChildStart = childStart;
        Children = children;
        Root = root;
    }

    public int[] Sizes { get; }
    public int[] Types { get; }
    public string[] TypeNames { get; }

    /// <summary>References of node n are Children[ChildStart[n]..ChildStart[n + 1]].</summary>
    public int[] ChildStart { get; }
    public int[] Children { get; }
    public int Root { get; }
    public int Count => Sizes.Length;

    public long TotalBytes => Sizes.Sum(s => (long)s);

    public string TypeOf(int node) => TypeNames[Types[node]];

    public ReadOnlySpan<int> ChildrenOf(int node) => Children.AsSpan(ChildStart[node], ChildStart[node + 1] - ChildStart[node]);

    /// <summary>The same objects with other references (compressed rows as in <see cref="ChildStart"/>).</summary>
    public HeapGraph WithReferences(int[] childStart, int[] children) => new(Sizes, Types, TypeNames, childStart, children, Root);

    public static HeapGraph Load(string path)
    {
        var dump = new GCHeapDump(path);
        if (dump.AverageCountMultiplier > 1.01 || dump.AverageSizeMultiplier > 1.01)
        {
            throw new InvalidOperationException($"{path} is sampled (×{dump.AverageCountMultiplier:0.0}): the comparison needs every object.");
        }

        var graph = dump.MemoryGraph;
        var typeStorage = graph.AllocTypeNodeStorage();
        var typeNames = new string[(int)graph.NodeTypeIndexLimit];
        for (var t = 0; t < typeNames.Length; t++)
        {
            var name = graph.GetType((NodeTypeIndex)t, typeStorage).Name ?? "?";
            var bucket = name.IndexOf(" (Bytes > ", StringComparison.Ordinal);
            typeNames[t] = bucket > 0 ? name[..bucket] : name;
        }

        var count = (int)graph.NodeIndexLimit;
        var sizes = new int[count];
        var types = new int[count];
        var childStart = new int[count + 1];
        var children = new List<int>(count * 3);
        var node = graph.AllocNodeStorage();
        var child = graph.AllocNodeStorage();
        for (var n = 0; n < count; n++)
        {
            graph.GetNode((NodeIndex)n, node);
            sizes[n] = node.Size;
            types[n] = (int)node.TypeIndex;
            childStart[n] = children.Count;
            var timer = typeNames[types[n]] == Timer;
            for (var c = node.GetFirstChildIndex(); c != NodeIndex.Invalid; c = node.GetNextChildIndex())
            {
                if (!timer || typeNames[(int)graph.GetNode(c, child).TypeIndex] == Timer)
                {
                    children.Add((int)c);
                }
            }
        }

        childStart[count] = children.Count;
        return new HeapGraph(sizes, types, typeNames, childStart, [.. children], (int)graph.RootIndex);
    }
}
