using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>The axe-core rules the shop must pass: WCAG 2.0/2.1/2.2 A and AA, and axe's best practices.</summary>
public static class AxeRules
{
    public static AxeRunOptions WcagAa { get; } = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    /// <summary>Runs axe on the page (frames included) and returns one line per violation, prefixed with the step.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string step)
    {
        var result = await page.RunAxe(WcagAa);
        return [.. result.Violations.Select(v =>
            $"{step}: {v.Id} ({v.Impact}) {v.Help} → {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }
}
