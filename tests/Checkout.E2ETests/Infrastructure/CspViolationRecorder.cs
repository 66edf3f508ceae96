using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// Collects every Content-Security-Policy violation a page reports, from both channels Chromium has: the
/// <c>securitypolicyviolation</c> DOM event (forwarded to the console by an init script, which runs outside the
/// page's CSP) and Chromium's own "Refused to …" console errors.
/// </summary>
public sealed class CspViolationRecorder
{
    private const string Marker = "csp-violation:";
    private readonly List<string> violations = [];

    private CspViolationRecorder()
    {
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (violations)
            {
                return [.. violations];
            }
        }
    }

    public static async Task<CspViolationRecorder> AttachAsync(IBrowserContext context)
    {
        var recorder = new CspViolationRecorder();
        await context.AddInitScriptAsync(
            $"document.addEventListener('securitypolicyviolation', e => console.error('{Marker} ' + e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));");
        context.Console += (_, message) =>
        {
            if (message.Text.StartsWith(Marker, StringComparison.Ordinal)
                || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (recorder.violations)
                {
                    recorder.violations.Add($"{message.Location}: {message.Text}");
                }
            }
        };
        return recorder;
    }
}
