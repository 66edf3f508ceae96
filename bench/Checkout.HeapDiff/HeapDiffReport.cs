using System.Text;

namespace Checkout.HeapDiff;

/// <summary>
/// The difference between two snapshots per circuit, as markdown: by owner (what would be freed with which component
/// or framework part), per component type, inside the framework parts, by type group, and the largest types.
/// Numbers are formatted in the invariant culture, which Program sets for the process.
/// </summary>
public sealed class HeapDiffReport(Snapshot before, Snapshot after, int circuits)
{
    private const int ComponentRows = 30;
    private const int TypeRows = 30;
    private const int BelowRows = 6;

    public string Markdown()
    {
        var md = new StringBuilder();
        var diff = Kb(after.Bytes - before.Bytes);
        md.AppendLine($"## Where a checkout circuit's memory goes ({circuits} circuits)").AppendLine();
        md.AppendLine($"dotnet-gcdump snapshots (each after a full GC): before the {circuits} circuits {Mb(before.Bytes)} in {before.Objects:#,0} objects, " +
            $"after them {Mb(after.Bytes)} in {after.Objects:#,0}; **{diff:0} KB and {(after.Objects - before.Objects) / (double)circuits:#,0} objects per circuit**.").AppendLine();
        Owners(md, diff);
        Components(md);
        Below(md);
        Types(md, diff);
        return md.ToString();
    }

    private void Owners(StringBuilder md, double total)
    {
        md.AppendLine("### By owner").AppendLine();
        md.AppendLine("Each object counts for the closest component, component state (its ComponentState and render tree buffers) or " +
            "circuit part that dominates it (holds the only paths to it within its circuit: it would be freed with that owner). " +
            "Render trees: the components' ComponentStates with their current and previous RenderTreeFrame buffers. " +
            "\"Global\" is what the roots reach without passing a circuit: singletons, caches and the shared array pools, which grow " +
            "with the live circuits too (pooled connection buffers, pooled RenderTreeFrame arrays). The Kestrel rows are the browsers' " +
            "open connections. The rows add up to the difference.").AppendLine();
        md.AppendLine("| Owner | KB per circuit | Share |").AppendLine("|---|---|---|");
        var rows = Diff(before.Owners.Bytes, after.Owners.Bytes)
            .GroupBy(d => OwnerGroup(d.Key))
            .Select(g => (Group: g.Key, Kb: g.Sum(d => d.Kb)))
            .OrderByDescending(r => r.Kb);
        foreach (var (group, kb) in rows)
        {
            md.AppendLine($"| {group} | {kb:0.0} | {kb / total:P0} |");
        }

        md.AppendLine($"| **total** | **{total:0.0}** | |").AppendLine();
    }

    private void Components(StringBuilder md)
    {
        md.AppendLine("### Per component type").AppendLine();
        md.AppendLine("Own state: what the component instance dominates (its fields, MudBlazor's ParameterState objects, converters). " +
            "Render tree: its ComponentState with the current and previous render tree (RenderTreeFrame buffers).").AppendLine();
        md.AppendLine("| Component | Instances per circuit | Own state KB | Render tree KB | KB per circuit | KB per instance |").AppendLine("|---|---|---|---|---|---|");
        var own = Diff(before.Owners.Bytes, after.Owners.Bytes).Where(d => d.Key.Kind == Ownership.Component).ToDictionary(d => d.Key.Label, d => d.Kb);
        var tree = Diff(before.Owners.Bytes, after.Owners.Bytes).Where(d => d.Key.Kind == Ownership.RenderTree).ToDictionary(d => d.Key.Label, d => d.Kb);
        var rows = own.Keys.Union(tree.Keys)
            .Select(type => (Type: type, Own: own.GetValueOrDefault(type), Tree: tree.GetValueOrDefault(type), Instances: Instances(type)))
            .Where(r => r.Instances > 0.5)
            .OrderByDescending(r => r.Own + r.Tree)
            .ToList();
        foreach (var r in rows.Take(ComponentRows))
        {
            md.AppendLine($"| `{r.Type}` | {r.Instances:0.#} | {r.Own:0.0} | {r.Tree:0.0} | {r.Own + r.Tree:0.0} | {(r.Own + r.Tree) / r.Instances:0.0} |");
        }

        if (rows.Count > ComponentRows)
        {
            var rest = rows.Skip(ComponentRows).ToList();
            md.AppendLine($"| {rest.Count} more types | {rest.Sum(r => r.Instances):0.#} | {rest.Sum(r => r.Own):0.0} | {rest.Sum(r => r.Tree):0.0} | {rest.Sum(r => r.Own + r.Tree):0.0} | |");
        }

        md.AppendLine($"| **all components** | **{rows.Sum(r => r.Instances):0.#}** | **{rows.Sum(r => r.Own):0.0}** | **{rows.Sum(r => r.Tree):0.0}** | **{rows.Sum(r => r.Own + r.Tree):0.0}** | |").AppendLine();
    }

    private void Below(StringBuilder md)
    {
        md.AppendLine("### Inside the circuit parts and the global objects").AppendLine();
        md.AppendLine("Per circuit part: the largest objects directly below it (collections skipped), with everything they dominate. " +
            "Global and shared objects: the types that grew most, each object by its own size.").AppendLine();
        md.AppendLine("| Owner | Object below it | KB per circuit |").AppendLine("|---|---|---|");
        var rows = Diff(before.Owners.BytesBelow, after.Owners.BytesBelow)
            .Where(d => d.Key.Owner.Kind is Ownership.Framework or Ownership.Shared)
            .GroupBy(d => d.Key.Owner.Label)
            .OrderByDescending(g => g.Sum(d => d.Kb));
        foreach (var owner in rows)
        {
            foreach (var d in owner.OrderByDescending(d => d.Kb).Take(BelowRows).Where(d => Math.Abs(d.Kb) >= 0.5))
            {
                md.AppendLine($"| {owner.Key} | `{d.Key.Below}` | {d.Kb:0.0} |");
            }
        }

        md.AppendLine();
    }

    private void Types(StringBuilder md, double total)
    {
        var types = after.ByType.Keys.Union(before.ByType.Keys)
            .Select(t => (Type: t, Kb: Kb(after.ByType.GetValueOrDefault(t).Bytes - before.ByType.GetValueOrDefault(t).Bytes),
                Count: (after.ByType.GetValueOrDefault(t).Count - before.ByType.GetValueOrDefault(t).Count) / (double)circuits))
            .ToList();
        md.AppendLine("### By type group (each object by its own size)").AppendLine();
        md.AppendLine("| Group | KB per circuit | Objects per circuit | Share |").AppendLine("|---|---|---|---|");
        foreach (var g in types.GroupBy(t => TypeGroups.Of(t.Type)).OrderByDescending(g => g.Sum(t => t.Kb)))
        {
            md.AppendLine($"| {g.Key} | {g.Sum(t => t.Kb):0.0} | {g.Sum(t => t.Count):#,0} | {g.Sum(t => t.Kb) / total:P0} |");
        }

        md.AppendLine().AppendLine("### Largest types").AppendLine();
        md.AppendLine("| Type | KB per circuit | Objects per circuit | Owned by (KB per circuit) |").AppendLine("|---|---|---|---|");
        var owned = Diff(before.Owners.BytesByType, after.Owners.BytesByType)
            .GroupBy(d => d.Key.Type)
            .ToDictionary(g => g.Key, g => g.GroupBy(d => OwnerGroup(d.Key.Owner)).Select(o => (Owner: o.Key, Kb: o.Sum(d => d.Kb))).OrderByDescending(o => o.Kb).ToList());
        foreach (var t in types.OrderByDescending(t => t.Kb).Take(TypeRows))
        {
            var by = owned.GetValueOrDefault(t.Type) ?? [];
            md.AppendLine($"| `{t.Type}` | {t.Kb:0.0} | {t.Count:0.#} | {string.Join("; ", by.Take(3).Where(o => o.Kb >= 0.5).Select(o => $"{o.Owner} {o.Kb:0}"))} |");
        }

        md.AppendLine();
    }

    private double Instances(string componentType)
    {
        var key = new Ownership.OwnerKey(Ownership.Component, componentType);
        return (after.Owners.Owners.GetValueOrDefault(key) - before.Owners.Owners.GetValueOrDefault(key)) / (double)circuits;
    }

    private IEnumerable<(TKey Key, double Kb)> Diff<TKey>(IReadOnlyDictionary<TKey, long> from, IReadOnlyDictionary<TKey, long> to)
        where TKey : notnull =>
        from.Keys.Union(to.Keys).Select(k => (k, Kb(to.GetValueOrDefault(k) - from.GetValueOrDefault(k))));

    private static string OwnerGroup(Ownership.OwnerKey key) => key.Kind switch
    {
        Ownership.Component or Ownership.RenderTree => $"{ComponentFamily(key.Label)} components: {(key.Kind == Ownership.Component ? "own state" : "render trees")}",
        _ => key.Label,
    };

    private static string ComponentFamily(string type) =>
        type.StartsWith("MudBlazor.", StringComparison.Ordinal) || type.Contains("<MudBlazor.", StringComparison.Ordinal) ? "MudBlazor"
        : type.StartsWith("Checkout.", StringComparison.Ordinal) ? "Checkout"
        : "Blazor framework";

    private double Kb(long bytes) => bytes / 1024.0 / circuits;

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";
}
