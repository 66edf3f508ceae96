namespace Checkout.HeapDiff;

/// <summary>
/// The dominator tree of a heap graph (Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm"): an object's
/// immediate dominator is the closest object every path from the GC roots to it passes through, so everything an
/// object dominates is freed with it — its retained size.
/// </summary>
public sealed class Dominators
{
    private Dominators(int[] immediate, int[] reversePostorder) => (Immediate, ReversePostorder) = (immediate, reversePostorder);

    /// <summary>Immediate dominator per node; -1 for nodes the roots do not reach; the root's is itself.</summary>
    public int[] Immediate { get; }

    /// <summary>Reachable nodes, each after its dominators.</summary>
    public int[] ReversePostorder { get; }

    public static Dominators Of(HeapGraph graph)
    {
        var n = graph.Count;
        var postorder = new int[n];
        Array.Fill(postorder, -1);
        var order = Postorder(graph, postorder);

        // Predecessors of every reachable node, in compressed rows.
        var predecessorCount = new int[n + 1];
        foreach (var v in order)
        {
            foreach (var c in graph.ChildrenOf(v))
            {
                predecessorCount[c + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            predecessorCount[i + 1] += predecessorCount[i];
        }

        var predecessors = new int[predecessorCount[n]];
        var fill = (int[])predecessorCount.Clone();
        foreach (var v in order)
        {
            foreach (var c in graph.ChildrenOf(v))
            {
                predecessors[fill[c]++] = v;
            }
        }

        var idom = new int[n];
        Array.Fill(idom, -1);
        idom[graph.Root] = graph.Root;
        var reverse = order.AsEnumerable().Reverse().ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var v in reverse)
            {
                if (v == graph.Root)
                {
                    continue;
                }

                var candidate = -1;
                for (var i = predecessorCount[v]; i < predecessorCount[v + 1]; i++)
                {
                    var p = predecessors[i];
                    if (idom[p] >= 0)
                    {
                        candidate = candidate < 0 ? p : Intersect(p, candidate, idom, postorder);
                    }
                }

                if (candidate >= 0 && idom[v] != candidate)
                {
                    idom[v] = candidate;
                    changed = true;
                }
            }
        }

        return new Dominators(idom, reverse);
    }

    private static int Intersect(int a, int b, int[] idom, int[] postorder)
    {
        while (a != b)
        {
            while (postorder[a] < postorder[b])
            {
                a = idom[a];
            }

            while (postorder[b] < postorder[a])
            {
                b = idom[b];
            }
        }

        return a;
    }

    /// <summary>Depth-first from the root without recursion (heap graphs are deep); returns the nodes in postorder.</summary>
    private static int[] Postorder(HeapGraph graph, int[] number)
    {
        var order = new List<int>(graph.Count);
        var visited = new bool[graph.Count];
        var stack = new Stack<(int Node, int Next)>();
        stack.Push((graph.Root, 0));
        visited[graph.Root] = true;
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = graph.ChildrenOf(node);
            if (next < children.Length)
            {
                stack.Push((node, next + 1));
                var child = children[next];
                if (!visited[child])
                {
                    visited[child] = true;
                    stack.Push((child, 0));
                }

                continue;
            }

            number[node] = order.Count;
            order.Add(node);
        }

        return [.. order];
    }
}
