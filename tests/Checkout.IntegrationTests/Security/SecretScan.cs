using System.Collections.Concurrent;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace Checkout.IntegrationTests.Security;

/// <summary>The secrets a test looks for, in the encodings they could leak in, and a Serilog sink that keeps every log event.</summary>
public static class SecretScan
{
    public static readonly string[] PepperedKeys = ["sandbox-demo-key", "sandbox-fringe-key"];

    /// <summary>Raw, Basic-auth encoded ("key:"), plain base64 and URL-encoded forms of each secret.</summary>
    public static IReadOnlyList<string> Forms(IEnumerable<string> secrets) =>
    [
        .. secrets.SelectMany(s => new[]
        {
            s,
            Convert.ToBase64String(Encoding.UTF8.GetBytes(s + ":")),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(s)),
            Uri.EscapeDataString(s),
        }).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Fails with the first leaking text (cut short) and which secret it showed.</summary>
    public static void AssertClean(IEnumerable<string> texts, IReadOnlyList<string> forms, string what)
    {
        foreach (var text in texts)
        {
            if (forms.FirstOrDefault(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)) is { } leaked)
            {
                Assert.Fail($"{what} contains a secret ({leaked[..4]}…): {text[..Math.Min(text.Length, 400)]}");
            }
        }
    }
}

/// <summary>Registered as an <see cref="ILogEventSink"/>, the app's Serilog logger (ReadFrom.Services) writes here too.</summary>
public sealed class CapturingSink : ILogEventSink
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void Emit(LogEvent logEvent) => Lines.Enqueue(
        $"{logEvent.Level} {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} "
        + string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}")) + $" {logEvent.Exception}");
}
