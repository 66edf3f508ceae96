using System.Globalization;

namespace Checkout.Bench;

/// <summary>
/// What a benchmark found: printed to the console and appended as markdown — one row of the summary table and a
/// details section — to the files bench/run.sh assembles into bench/results/latest.md.
/// </summary>
internal sealed class Report(string summaryFile, string detailsFile)
{
    public void Figure(string figure, string measured, string goal, string verdict)
    {
        Console.WriteLine($"==> {figure}: {measured} — goal {goal} — {verdict}");
        File.AppendAllText(summaryFile, $"| {figure} | {measured} | {goal} | {verdict} |\n");
    }

    public void Details(string markdown)
    {
        Console.WriteLine(markdown.TrimEnd());
        File.AppendAllText(detailsFile, markdown.TrimEnd() + "\n\n");
    }

    /// <summary>"met", or by how much the measurement exceeds an upper bound.</summary>
    public static string AtMost(double measured, double goal, string unit) =>
        measured <= goal ? "met" : $"**missed** by {Number(measured - goal)} {unit}".TrimEnd();

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
