using Checkout.Sandbox.Faults;

namespace Checkout.Tests.Shared;

/// <summary>The upstream faults the fault suites inject on every step they cover, over HTTP and in a browser.</summary>
public static class UpstreamFaults
{
    /// <summary>Kind, value and count (null = until cleared): a 500, a 503 once, a hang past the timeout, a truncated
    /// JSON body, an HTML 502 page, an empty body, a 300 ms delay.</summary>
    public static readonly IReadOnlyList<(FaultKind Kind, int Value, int? Count)> Kinds =
    [
        (FaultKind.Status, 500, null),
        (FaultKind.Status, 503, 1),
        (FaultKind.Hang, 0, null),
        (FaultKind.Malformed, 0, null),
        (FaultKind.Html, 502, null),
        (FaultKind.Empty, 0, null),
        (FaultKind.Latency, 300, null),
    ];

    /// <summary>Every fault kind on every one of <paramref name="steps"/>: step, kind, value, count.</summary>
    public static TheoryData<string, FaultKind, int, int?> OnEach(IEnumerable<string> steps)
    {
        var data = new TheoryData<string, FaultKind, int, int?>();
        foreach (var step in steps)
        {
            foreach (var (kind, value, count) in Kinds)
            {
                data.Add(step, kind, value, count);
            }
        }

        return data;
    }
}
