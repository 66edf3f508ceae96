namespace Checkout.HeapDiff;

/// <summary>
/// Separates what is global from what belongs to one circuit, so that dominators answer "what would leave with this
/// circuit": a singleton's event with every circuit's subscriber on it (MudBlazor's SnackbarConfiguration and each
/// circuit's SnackbarService, for one) otherwise makes the whole circuit reachable from the singleton, and nothing in it
/// would be dominated by the circuit.
/// </summary>
/// <remarks>
/// Global: what the GC roots reach without entering an owner object (component, component state, circuit or connection
/// part). A circuit's members: what its CircuitHost reaches without leaving through a global object or another circuit.
/// The scoped graph drops every reference from a global object into a non-global one and gives the root a reference
/// to each circuit's host (or, outside circuits, to the object entered) instead.
/// </remarks>
public static class CircuitScope
{
    private const int NoCircuit = -1;
    private const int SeveralCircuits = -2;

    public static (HeapGraph Scoped, bool[] Global) Build(HeapGraph graph, IReadOnlySet<int> owners, IEnumerable<int> circuitHosts)
    {
        var global = new bool[graph.Count];
        Reach(graph, [graph.Root], next => !owners.Contains(next), global);

        var circuit = new int[graph.Count];
        Array.Fill(circuit, NoCircuit);
        var hosts = circuitHosts.ToHashSet();
        foreach (var host in hosts)
        {
            var seen = new bool[graph.Count];
            Reach(graph, [host], next => !global[next] && (next == host || !hosts.Contains(next)), seen);
            for (var n = 0; n < graph.Count; n++)
            {
                if (seen[n])
                {
                    circuit[n] = circuit[n] == NoCircuit ? host : SeveralCircuits;
                }
            }
        }

        var children = new List<int>(graph.Children.Length);
        var childStart = new int[graph.Count + 1];
        var entries = new HashSet<int>();
        for (var n = 0; n < graph.Count; n++)
        {
            childStart[n] = children.Count;
            foreach (var c in graph.ChildrenOf(n))
            {
                if (!global[n] || global[c])
                {
                    children.Add(c);
                }
                else
                {
                    entries.Add(circuit[c] >= 0 ? circuit[c] : c);
                }
            }
        }

        childStart[graph.Count] = children.Count;
        return (RootWith(graph, childStart, children, entries), global);
    }

    /// <summary>The root's references, plus one to every entry from the global region.</summary>
    private static HeapGraph RootWith(HeapGraph graph, int[] childStart, List<int> children, HashSet<int> entries)
    {
        var root = graph.Root;
        var rows = new List<int>(children.Count + entries.Count);
        var start = new int[childStart.Length];
        for (var n = 0; n < graph.Count; n++)
        {
            start[n] = rows.Count;
            for (var i = childStart[n]; i < childStart[n + 1]; i++)
            {
                rows.Add(children[i]);
            }

            if (n == root)
            {
                rows.AddRange(entries);
            }
        }

        start[graph.Count] = rows.Count;
        return graph.WithReferences(start, [.. rows]);
    }

    private static void Reach(HeapGraph graph, IEnumerable<int> from, Func<int, bool> mayEnter, bool[] reached)
    {
        var queue = new Queue<int>();
        foreach (var start in from)
        {
            reached[start] = true;
            queue.Enqueue(start);
        }

        while (queue.Count > 0)
        {
            foreach (var next in graph.ChildrenOf(queue.Dequeue()))
            {
                if (!reached[next] && mayEnter(next))
                {
                    reached[next] = true;
                    queue.Enqueue(next);
                }
            }
        }
    }
}
