namespace Checkout.HeapDiff;

/// <summary>Coarse groups of object types, for the by-type view of the difference (first match wins).</summary>
public static class TypeGroups
{
    private static readonly (string Group, Func<string, bool> Matches)[] Groups =
    [
        ("Render tree frames and builders (RenderTreeFrame[], RenderTreeBuilder, ArrayBuilder)", t => t.Contains(".RenderTree.", StringComparison.Ordinal) || t.EndsWith("RenderTreeBuilder", StringComparison.Ordinal)),
        ("Component states (ComponentState, cascading parameter states)", t => t.Contains("ComponentState", StringComparison.Ordinal) || t.Contains("CascadingParameterState", StringComparison.Ordinal)),
        ("Delegates (RenderFragment, event handlers, Func/Action closures)", t => t.StartsWith("System.Func<", StringComparison.Ordinal) || t.StartsWith("System.Action", StringComparison.Ordinal)
            || t.StartsWith("Microsoft.AspNetCore.Components.RenderFragment", StringComparison.Ordinal) || t.Contains("<>c__DisplayClass", StringComparison.Ordinal)),
        ("MudBlazor objects (component instances, ParameterState, MudColor, …)", t => t.StartsWith("MudBlazor.", StringComparison.Ordinal)),
        ("Checkout objects (our components, services, state)", t => t.StartsWith("Checkout.", StringComparison.Ordinal)),
        ("Strings", t => t is "System.String" or "System.Char[]"),
        ("Byte buffers (Byte[], pipes)", t => t == "System.Byte[]" || t.StartsWith("System.IO.Pipelines.", StringComparison.Ordinal)),
        ("Kestrel, SignalR and sockets", t => t.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) || t.StartsWith("Microsoft.AspNetCore.SignalR", StringComparison.Ordinal)
            || t.StartsWith("Microsoft.AspNetCore.Http.Connections", StringComparison.Ordinal) || t.StartsWith("System.Net.", StringComparison.Ordinal)),
        ("Other Blazor framework objects", t => t.StartsWith("Microsoft.AspNetCore.Components.", StringComparison.Ordinal)),
        ("Reflection and JSON metadata (type infos, emitted accessors)", t => t.StartsWith("System.Reflection.", StringComparison.Ordinal) || t.StartsWith("System.Runtime", StringComparison.Ordinal)
            || t.StartsWith("System.Text.Json.", StringComparison.Ordinal) || t.StartsWith("Node<System.Type", StringComparison.Ordinal) || t == "CacheEntry"),
        ("Collections (dictionaries, lists, arrays)", t => t.StartsWith("System.Collections.", StringComparison.Ordinal) || t.StartsWith("Entry<", StringComparison.Ordinal)
            || t.EndsWith("[]", StringComparison.Ordinal)),
    ];

    public static string Of(string type) => Groups.FirstOrDefault(g => g.Matches(type)).Group ?? "Other";
}
