using System.Globalization;
using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Events;

/// <summary>
/// The programme's search (text and day) as read from the query string. Anyone can type any URL, so values are
/// cleaned rather than trusted: an overlong text is cut, a date that is not a real yyyy-MM-dd day is ignored.
/// </summary>
public sealed record ProgrammeFilter(string Query, DateOnly? Date)
{
    public const int MaxQueryLength = 100;

    public static ProgrammeFilter None { get; } = new("", null);

    /// <summary>Only this production (<c>?production=</c>, used by the embed loader's production buttons).</summary>
    public int? ProductionId { get; init; }

    public bool IsActive => Query.Length > 0 || Date is not null;

    public static ProgrammeFilter From(string? query, string? date, string? production = null)
    {
        var text = (query ?? "").Trim();
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength].TrimEnd();
        }

        var day = DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : (DateOnly?)null;
        var productionId = int.TryParse(production?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : (int?)null;
        return new ProgrammeFilter(text, day) { ProductionId = productionId };
    }

    /// <summary>The productions with only their matching performances; productions left without any drop out.</summary>
    public IReadOnlyList<ProductionListing> Apply(IReadOnlyList<Production> productions) =>
    [
        .. productions
            .Where(p => ProductionId is not { } only || p.Id == only)
            .Select(p => new ProductionListing(p, [.. p.Performances.Where(e => Matches(p, e))]))
            .Where(l => l.Shown.Count > 0),
    ];

    private bool Matches(Production production, Performance performance) =>
        (Date is not { } day || DateOnly.FromDateTime(performance.Start.DateTime) == day)
        && (Query.Length == 0 || Contains(production.Name) || Contains(production.ShortText) || Contains(performance.LocationName));

    private bool Contains(string text) => text.Contains(Query, StringComparison.CurrentCultureIgnoreCase);
}
