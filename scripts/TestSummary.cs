#:property PublishAot=false
// The end of `./build.sh test`: which test projects did not pass, which tests failed with the start of their
// messages, and last the line CI reads, "N passed, M failed[, K skipped]". A file-based app (no project file):
//
//   dotnet run --file scripts/TestSummary.cs -- <dotnet test output> <results directory> <dotnet test exit code>
//
// The counts are the test platform's own: the "Test run summary" block that `dotnet test` (Microsoft Testing
// Platform) ends with. Its "error: N" counts the test projects that ended badly without a failed test (crashed,
// cancelled by --timeout, ran no test); each is one failure here, so M > 0 whenever the run is not clean. The
// failed tests are named from xunit's TRX reports (--report-xunit-trx), which keep each failure's message apart from
// the test's output. Exit code 0 when the run is clean, 1 when it is not.
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

const int MessageLines = 8;
const string SummaryHeader = "Test run summary: ";

if (args.Length != 3 || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var testExitCode))
{
    Console.Error.WriteLine(
        "usage: dotnet run --file scripts/TestSummary.cs -- <dotnet test output> <results directory> <dotnet test exit code>");
    return 2;
}

var output = File.ReadAllLines(args[0]);
var reports = ReadReports(args[1]);
var errors = new List<string>();
int passed, failed, skipped;

// A test project's result line, e.g. "/…/Checkout.UnitTests.dll (net10.0|x64) failed with 2 error(s) (1s 128ms)";
// in the stream it starts the line and may be followed by "Exit code: N", in the summary block it is indented.
var projectResult = new Regex(@"^(?<indent> *)(?<assembly>\S.*\.dll) \([^()]*\) (?<result>.+) \([^()]*\)$");
var projectStart = new Regex(@"^Running tests from (?<assembly>.+\.dll) \(");
var exitCodes = new Dictionary<string, int>();
var started = new List<string>();
for (var i = 0; i < output.Length; i++)
{
    if (projectStart.Match(output[i]) is { Success: true } start)
    {
        started.Add(ProjectName(start.Groups["assembly"].Value));
    }
    else if (projectResult.Match(output[i]) is { Success: true } line && line.Groups["indent"].Length == 0
        && i + 1 < output.Length && output[i + 1].StartsWith("Exit code: ", StringComparison.Ordinal)
        && int.TryParse(output[i + 1]["Exit code: ".Length..], CultureInfo.InvariantCulture, out var code))
    {
        exitCodes[ProjectName(line.Groups["assembly"].Value)] = code;
    }
}

var summaryStart = Array.FindLastIndex(output, line => line.StartsWith(SummaryHeader, StringComparison.Ordinal));
var notPassed = new List<string>();
if (summaryStart >= 0)
{
    var counts = new Dictionary<string, int>();
    foreach (var line in output[(summaryStart + 1)..])
    {
        if (projectResult.Match(line) is { Success: true } project && project.Groups["result"].Value != "passed")
        {
            var name = ProjectName(project.Groups["assembly"].Value);
            notPassed.Add($"  {name}: {project.Groups["result"].Value}{ExitCodeMeaning(exitCodes.GetValueOrDefault(name))}");
        }
        else if (Regex.Match(line, @"^  (?<name>error|total|failed|succeeded|skipped): (?<count>\d+)") is { Success: true } count)
        {
            counts[count.Groups["name"].Value] = int.Parse(count.Groups["count"].Value, CultureInfo.InvariantCulture);
        }
    }

    passed = counts.GetValueOrDefault("succeeded");
    failed = counts.GetValueOrDefault("failed") + counts.GetValueOrDefault("error");
    skipped = counts.GetValueOrDefault("skipped");
    if (started.Count == 0)
    {
        errors.Add("dotnet test started no test project.");
    }
}
else
{
    // No summary: the whole run was killed (build.sh's limit) or dotnet test itself crashed. The reports of the
    // projects that finished give the counts; a project that ended badly without a failed test is one failure more.
    errors.Add("dotnet test ended without its summary (killed or crashed); counted from the test projects that finished.");
    passed = reports.Sum(r => r.Passed);
    failed = reports.Sum(r => r.Failed);
    skipped = reports.Sum(r => r.Skipped);
    foreach (var name in started)
    {
        var report = reports.Find(r => r.Project == name);
        var problem = (report, exitCodes.GetValueOrDefault(name)) switch
        {
            (null, 0) => "did not finish",
            ({ Failed: > 0 }, _) => null,
            (_, not 0 and var code) => $"ended badly{ExitCodeMeaning(code)}",
            ({ Passed: 0, Skipped: 0 }, _) => "ran no test",
            _ => null,
        };
        if (problem is not null)
        {
            notPassed.Add($"  {name}: {problem}");
            failed++;
        }
    }
}

if (passed + failed == 0)
{
    errors.Add("no test ran (all skipped?).");
}
else if (testExitCode != 0 && failed == 0)
{
    errors.Add($"dotnet test exited with code {testExitCode}; see above.");
}

failed += failed == 0 && errors.Count > 0 ? 1 : 0;

if (notPassed.Count > 0)
{
    Console.WriteLine("Test projects that did not pass:");
    notPassed.ForEach(Console.WriteLine);
}

errors.ForEach(error => Console.WriteLine($"ERROR: {error}"));

var failures = reports.SelectMany(r => r.Failures).ToList();
if (failures.Count > 0)
{
    Console.WriteLine("Failed tests (their output is above):");
    foreach (var failure in failures)
    {
        Console.WriteLine($"{failure.Outcome.ToUpperInvariant()}: {failure.Name} ({failure.Duration})");
        var lines = failure.Message.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        lines.Take(MessageLines).ToList().ForEach(l => Console.WriteLine($"    {l}"));
        if (lines.Count > MessageLines)
        {
            Console.WriteLine("    ...");
        }
    }
}

Console.WriteLine($"{passed} passed, {failed} failed{(skipped > 0 ? $", {skipped} skipped" : "")}");
return failed == 0 && testExitCode == 0 ? 0 : 1;

static string ProjectName(string assemblyPath) => Path.GetFileNameWithoutExtension(assemblyPath.Trim());

// Microsoft Testing Platform's exit codes (aka.ms/testingplatform/exitcodes) and the signals a killed process shows.
static string ExitCodeMeaning(int exitCode) => exitCode switch
{
    0 => "",
    2 => " (exit code 2: a test failed)",
    3 => " (exit code 3: aborted, e.g. cancelled by the per-project --timeout)",
    7 => " (exit code 7: the test session crashed)",
    8 => " (exit code 8: it ran no test)",
    > 128 => $" (exit code {exitCode}: killed by signal {exitCode - 128})",
    _ => $" (exit code {exitCode})",
};

// xunit's TRX reports, one per test project that finished (a crashed or killed project leaves none).
static List<TrxReport> ReadReports(string directory)
{
    var reports = new List<TrxReport>();
    IEnumerable<string> files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.trx").Order(StringComparer.Ordinal) : [];
    foreach (var file in files)
    {
        XDocument trx;
        try
        {
            trx = XDocument.Load(file);
        }
        catch (XmlException e)
        {
            Console.WriteLine($"ERROR: {file} is not a readable report: {e.Message}");
            continue;
        }

        var ns = trx.Root!.Name.Namespace;
        var counters = trx.Descendants(ns + "Counters").FirstOrDefault();
        int Counter(string name) => int.TryParse(counters?.Attribute(name)?.Value, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var failures = trx.Descendants(ns + "UnitTestResult")
            .Where(r => r.Attribute("outcome")?.Value is "Failed" or "Error" or "Timeout" or "Aborted")
            .Select(r => new FailedTest(
                r.Attribute("outcome")!.Value,
                r.Attribute("testName")?.Value ?? "?",
                r.Attribute("duration")?.Value ?? "?",
                r.Descendants(ns + "Message").FirstOrDefault()?.Value ?? ""))
            .ToList();
        var storage = trx.Descendants(ns + "UnitTest").FirstOrDefault()?.Attribute("storage")?.Value;
        reports.Add(new TrxReport(
            storage is null ? "" : ProjectName(storage),
            Counter("passed"),
            Counter("failed") + Counter("error") + Counter("timeout") + Counter("aborted"),
            Counter("notExecuted"),
            failures));
    }

    return reports;
}

internal sealed record FailedTest(string Outcome, string Name, string Duration, string Message);

internal sealed record TrxReport(string Project, int Passed, int Failed, int Skipped, IReadOnlyList<FailedTest> Failures);
