namespace Checkout.HeapDiff;

/// <summary>
/// Gives every object of a snapshot one owner: the closest object above it in the dominator tree that is a Blazor
/// component, a component's state (its ComponentState with the render tree buffers), or one of the circuit's framework
/// parts (circuit host, renderer, SignalR connection, DI scope, Kestrel connection), on the graph of
/// <see cref="CircuitScope"/>. Objects the GC roots reach without passing an owner are "global"; the few several circuits
/// reach are "shared between circuits". The sizes per owner add up to the heap.
/// </summary>
public static class Ownership
{
    public const string Component = "component";
    public const string RenderTree = "render tree";
    public const string Framework = "framework";
    public const string Shared = "shared";

    private const string CircuitHostLabel = "circuit host (and what several parts of one circuit share)";

    /// <summary>The circuit's framework parts, by exact type name or prefix, with what the report calls them.</summary>
    private static readonly (string Type, string Label)[] FrameworkOwners =
    [
        ("Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost", CircuitHostLabel),
        ("Microsoft.AspNetCore.Components.Server.Circuits.RemoteRenderer", "renderer (component and event tables)"),
        ("Microsoft.AspNetCore.Components.Server.Circuits.RemoteJSRuntime", "JS interop (RemoteJSRuntime)"),
        ("Microsoft.AspNetCore.Components.Server.Circuits.RemoteNavigationManager", "navigation (RemoteNavigationManager)"),
        ("Microsoft.AspNetCore.SignalR.HubConnectionContext", "SignalR hub connection"),
        ("Microsoft.AspNetCore.Http.Connections.Internal.HttpConnectionContext", "SignalR transport (WebSocket, pipes)"),
        ("Microsoft.Extensions.DependencyInjection.ServiceLookup.ServiceProviderEngineScope", "DI scope (scoped services)"),
        ("Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.Http1Connection", "Kestrel connections (browser keep-alive, WebSocket)"),
        ("Microsoft.AspNetCore.Server.Kestrel.Core.Internal.KestrelConnection", "Kestrel connections (browser keep-alive, WebSocket)"),
        ("Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets.Internal.SocketConnection", "Kestrel connections (browser keep-alive, WebSocket)"),
    ];

    /// <summary>What a ComponentState references besides its component.</summary>
    private static readonly string[] ComponentStateParts =
    [
        "Renderer", "ComponentState", "RenderTreeBuilder", "CascadingParameterState[]",
        "System.Collections.Generic.List<Microsoft.AspNetCore.Components.CascadingParameterState>",
        "Microsoft.AspNetCore.Components.RenderTree.ArrayBuilder<Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame>",
    ];

    /// <summary>Bytes per owner, how many owner objects each has, and bytes per (owner, topmost object below it).</summary>
    public sealed record Attribution(
        IReadOnlyDictionary<OwnerKey, long> Bytes,
        IReadOnlyDictionary<OwnerKey, int> Owners,
        IReadOnlyDictionary<(OwnerKey Owner, string Below), long> BytesBelow,
        IReadOnlyDictionary<(OwnerKey Owner, string Type), long> BytesByType);

    public readonly record struct OwnerKey(string Kind, string Label);

    public static Attribution Of(HeapGraph graph)
    {
        var owners = OwnerKeys(graph);
        var hosts = owners.Where(o => o.Value.Label == CircuitHostLabel).Select(o => o.Key);
        var (scoped, global) = CircuitScope.Build(graph, owners.Keys.ToHashSet(), hosts);
        var dominators = Dominators.Of(scoped);
        var idom = dominators.Immediate;
        var owner = new int[graph.Count];
        var top = new int[graph.Count];
        Array.Fill(owner, -1);
        Array.Fill(top, -1);
        var bytes = new Dictionary<OwnerKey, long>();
        var counts = new Dictionary<OwnerKey, int>();
        var below = new Dictionary<(OwnerKey, string), long>();
        var byType = new Dictionary<(OwnerKey, string), long>();
        var globalKey = new OwnerKey(Shared, "global (singletons, pools, caches)");
        var shared = new OwnerKey(Shared, "shared between circuits");
        foreach (var v in dominators.ReversePostorder)
        {
            var parent = idom[v] == v ? -1 : idom[v];
            OwnerKey key;
            if (owners.TryGetValue(v, out var own))
            {
                owner[v] = v;
                key = own;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
            else
            {
                owner[v] = parent < 0 || global[v] ? -1 : owner[parent];
                key = owner[v] >= 0 ? owners[owner[v]] : global[v] ? globalKey : shared;
                var inherited = parent >= 0 && owner[parent] == owner[v] ? top[parent] : -1;
                top[v] = inherited >= 0 ? inherited : IsPlumbing(graph.TypeOf(v)) ? -1 : v;
            }

            bytes[key] = bytes.GetValueOrDefault(key) + graph.Sizes[v];
            // Global objects have no owner to look down from: they are listed by their own type.
            var name = key.Kind == Shared ? graph.TypeOf(v)
                : top[v] >= 0 ? graph.TypeOf(top[v]) : owner[v] == v ? "(the owner itself)" : "(collections directly)";
            below[(key, name)] = below.GetValueOrDefault((key, name)) + graph.Sizes[v];
            byType[(key, graph.TypeOf(v))] = byType.GetValueOrDefault((key, graph.TypeOf(v))) + graph.Sizes[v];
        }

        return new Attribution(bytes, counts, below, byType);
    }

    /// <summary>Every owner object: components and their states (found through each ComponentState) and framework parts.</summary>
    private static Dictionary<int, OwnerKey> OwnerKeys(HeapGraph graph)
    {
        var keys = new Dictionary<int, OwnerKey>();
        for (var n = 0; n < graph.Count; n++)
        {
            var type = graph.TypeOf(n);
            if (type.StartsWith("Microsoft.AspNetCore.Components.", StringComparison.Ordinal) && type.EndsWith("ComponentState", StringComparison.Ordinal))
            {
                var component = ComponentOf(graph, n);
                if (component >= 0)
                {
                    keys[component] = new OwnerKey(Component, graph.TypeOf(component));
                    keys[n] = new OwnerKey(RenderTree, graph.TypeOf(component));
                }
            }
            else if (FrameworkOwners.FirstOrDefault(f => type.StartsWith(f.Type, StringComparison.Ordinal)) is { Label: { } label })
            {
                keys[n] = new OwnerKey(Framework, label);
            }
        }

        return keys;
    }

    private static int ComponentOf(HeapGraph graph, int componentState)
    {
        foreach (var child in graph.ChildrenOf(componentState))
        {
            var type = graph.TypeOf(child);
            if (!ComponentStateParts.Any(part => type.EndsWith(part, StringComparison.Ordinal)) && !type.StartsWith("System.", StringComparison.Ordinal))
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>Containers and pseudo-nodes: the breakdown names the first object below an owner that is neither.</summary>
    private static bool IsPlumbing(string type) =>
        type.StartsWith('[') || type.EndsWith("[]", StringComparison.Ordinal) || type.StartsWith("Entry<", StringComparison.Ordinal)
        || type.StartsWith("Node<", StringComparison.Ordinal) || type.StartsWith("VolatileNode<", StringComparison.Ordinal)
        || type.StartsWith("System.Collections.", StringComparison.Ordinal) || type.StartsWith("Tables<", StringComparison.Ordinal);
}
