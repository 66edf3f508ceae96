using System.Globalization;
using Checkout.HeapDiff;

// Usage: Checkout.HeapDiff <before.gcdump> <after.gcdump> <circuits opened between them>
// Prints, as markdown, what the difference between the two snapshots is made of per circuit (bench/circuit-heap.sh).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length != 3 || !int.TryParse(args[2], out var circuits) || circuits < 1)
{
    Console.Error.WriteLine("usage: Checkout.HeapDiff <before.gcdump> <after.gcdump> <circuits>");
    return 2;
}

var before = Snapshot.Load(args[0]);
var after = Snapshot.Load(args[1]);
Console.Write(new HeapDiffReport(before, after, circuits).Markdown());
return 0;
