using System.Runtime;

namespace Checkout.Sandbox.Admin;

/// <summary>
/// The hosting process's memory after a forced, blocking, compacting full collection (large object heap included),
/// so that two readings differ by what is still referenced, not by garbage that happened to be collected.
/// </summary>
internal sealed record ProcessMemory(long ManagedBytes, long HeapSizeBytes, long WorkingSetBytes)
{
    public static ProcessMemory Measure()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

        return new ProcessMemory(GC.GetTotalMemory(forceFullCollection: true), GC.GetGCMemoryInfo().HeapSizeBytes, Environment.WorkingSet);
    }
}
