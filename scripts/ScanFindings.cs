#:property PublishAot=false
// The end of `scripts/scan.sh`: wapiti's findings as one table, each known false positive with the reason it is one,
// everything else marked NEW, so a scan before a release shows at a glance what changed. A file-based app:
//
//   dotnet run --file scripts/ScanFindings.cs -- <wapiti JSON report> <the app's log during the scan>
//
// The app's request log adds what wapiti does not report: every answer of 500 or above is a NEW finding, and the
// statuses the app gave the scanner's posts are shown next to a CSRF report. Exit code 0 when nothing is new, 1 when
// something is, 2 on a usage error. Add a rule below only with a test or a document that proves the finding false.
using System.Text.Json;
using System.Text.RegularExpressions;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run --file scripts/ScanFindings.cs -- <wapiti.json> <app.log>");
    return 2;
}

KnownFinding[] known =
[
    new("HTTP Secure Headers", "X-Frame-Options is not set",
        "Superseded by CSP `frame-ancestors` on every response (`'none'` unless the client lists venue origins; a list of "
        + "origins is what X-Frame-Options cannot say). The sandbox's own pages also send `SAMEORIGIN`. docs/embedding.md; "
        + "SecurityHeadersTests, PaymentSimulatorTests"),
    new("HTTP Secure Headers", "X-XSS-Protection is not set",
        "Deprecated: current browsers have no XSS auditor left to switch on, and OWASP advises against the header; "
        + "scripts are bound by CSP `script-src 'self' 'nonce-…'`. SecurityHeadersTests"),
    new("HTTP Secure Headers", "Strict-Transport-Security is not set",
        "HSTS goes out on https responses only (outside Development, never to loopback hosts); the scan runs on "
        + "http://127.0.0.1. SecureCookieTests.Https_responses_carry_hsts_in_production"),
    new("HttpOnly Flag cookie", "HttpOnly flag is not set",
        "False: every cookie is HttpOnly. ASP.NET Core writes the attribute in lower case (`httponly`), wapiti 3.0.4 looks "
        + "for `HttpOnly` case-sensitively; attribute names are case-insensitive (RFC 6265 §5.2). VisitorCookieTests, "
        + "SecureCookieTests"),
    new("Secure Flag cookie", "Secure flag is not set",
        "Plain http to a loopback name (the scan's http://127.0.0.1) is the one case without Secure; on a public host name or "
        + "behind a proxy reporting https every cookie is Secure and `__Host-`/`__Secure-` prefixed. SecureCookieTests, "
        + "ShopCookiesTests"),
    new("Cross Site Request Forgery", "",
        "Antiforgery refuses a post without or with a wrong token (400), and the form-post limiter answers 429 under the "
        + "scanner's own load; wapiti 3.0.4 reports either answer as CSRF. Check the statuses beside it: only 400/429 is "
        + "this case. BadInputTests, HardeningTests, PaymentSimulatorTests"),
    new("Content Security Policy Configuration", "unsafe-inline",
        "`style-src 'unsafe-inline'`: MudBlazor writes the theme as an inline stylesheet and positions popovers with style "
        + "attributes; style cannot run script. The accepted trade-off of docs/embedding.md"),
];

using var report = JsonDocument.Parse(File.ReadAllText(args[0]));
var postStatuses = PostStatuses(File.ReadLines(args[1]));
var rows = new List<(string Finding, string Where, int Count, string Verdict)>();
var newCount = 0;

foreach (var section in new[] { "vulnerabilities", "anomalies", "additionals" })
{
    if (!report.RootElement.TryGetProperty(section, out var categories))
    {
        continue;
    }

    foreach (var category in categories.EnumerateObject())
    {
        var findings = category.Value.EnumerateArray()
            .Select(f => (Info: FirstLine(f.GetProperty("info").GetString()), Where: $"{f.GetProperty("method").GetString()} {f.GetProperty("path").GetString()}"))
            .GroupBy(f => f.Info);
        foreach (var finding in findings)
        {
            var places = finding.Select(f => f.Where).Distinct().ToList();
            var rule = section == "anomalies" ? null : known.FirstOrDefault(k => k.Matches(category.Name, finding.Key));
            var where = string.Join(", ", places.Take(3).Select(p => $"`{p}`")) + (places.Count > 3 ? $" and {places.Count - 3} more" : "");
            if (rule is not null && category.Name == "Cross Site Request Forgery")
            {
                where += " (answers to the scanner's posts: " + string.Join(", ", places.Select(p => postStatuses.GetValueOrDefault(p.Split(' ')[1].Split('?')[0], "none"))) + ")";
            }

            newCount += rule is null ? 1 : 0;
            rows.Add(($"{category.Name}: {finding.Key}", where, finding.Count(), rule is null ? "**NEW**" : "known: " + rule.Reason));
        }
    }
}

foreach (var (path, statuses) in ServerErrors(File.ReadLines(args[1])))
{
    newCount++;
    rows.Add(($"The app answered {statuses}", $"`{path}`", 1, "**NEW**: a server fault in the app's log"));
}

Console.WriteLine();
Console.WriteLine("| Finding | Where | Count | Verdict |");
Console.WriteLine("|---|---|---|---|");
foreach (var row in rows.OrderBy(r => r.Verdict.StartsWith("known", StringComparison.Ordinal)).ThenBy(r => r.Finding, StringComparer.Ordinal))
{
    Console.WriteLine($"| {Cell(row.Finding)} | {Cell(row.Where)} | {row.Count} | {Cell(row.Verdict)} |");
}

Console.WriteLine();
Console.WriteLine($"{rows.Count} finding(s): {rows.Count - newCount} known false positive(s), {newCount} new.");
return newCount == 0 ? 0 : 1;

static string FirstLine(string? text) => (text ?? "").Split('\n')[0].Trim();

static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

// The request log's "HTTP POST /event/1001 responded 400 in 3.1 ms": per path, the statuses the posts got, e.g. "400 ×12".
static Dictionary<string, string> PostStatuses(IEnumerable<string> log) =>
    log.Select(l => RequestLine().Match(l)).Where(m => m.Success && m.Groups["method"].Value == "POST")
        .GroupBy(m => m.Groups["path"].Value)
        .ToDictionary(g => g.Key, g => string.Join(" ", g.GroupBy(m => m.Groups["status"].Value).OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Count()}")));

static IEnumerable<(string Path, string Statuses)> ServerErrors(IEnumerable<string> log) =>
    log.Select(l => RequestLine().Match(l)).Where(m => m.Success && m.Groups["status"].Value[0] == '5')
        .GroupBy(m => $"{m.Groups["method"].Value} {m.Groups["path"].Value}")
        .Select(g => (g.Key, string.Join(" ", g.Select(m => m.Groups["status"].Value).Distinct()) + $" ({g.Count()}×)"));

internal sealed record KnownFinding(string Category, string InfoContains, string Reason)
{
    public bool Matches(string category, string info) =>
        category == Category && info.Contains(InfoContains, StringComparison.OrdinalIgnoreCase);
}

internal sealed partial class Program
{
    [GeneratedRegex(@"HTTP (?<method>[A-Z]+) (?<path>\S+) responded (?<status>\d{3})")]
    private static partial Regex RequestLine();
}
