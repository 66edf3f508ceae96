using System.Net;
using System.Text.RegularExpressions;

namespace Checkout.Surge;

/// <summary>
/// Reads how the shop answered an order by what it exposes for automation (docs/automation.md), never by its words: the
/// HTTP status, the page hooks <c>event-sold-out</c>, <c>cap-reached</c>, <c>tickettypes-error</c>, and the
/// <c>data-problem</c> of <c>ticket-type-error</c> / <c>add-to-cart-error</c>.
/// </summary>
public static partial class Refusals
{
    /// <summary>
    /// The refusal an answer of the event page (its GET, or the add-to-cart post answered without the redirect to the
    /// cart) carries; <see cref="Classified.Fault"/> when it is none of the known refusals (an error).
    /// </summary>
    public static Classified Classify(HttpStatusCode status, string html)
    {
        if (status == HttpStatusCode.TooManyRequests)
        {
            return new(RefusalKind.RateLimited, null);
        }

        if (status != HttpStatusCode.OK)
        {
            return new(null, $"HTTP {(int)status}");
        }

        if (HasHook(html, "event-sold-out"))
        {
            return new(RefusalKind.SoldOut, null);
        }

        if (HasHook(html, "cap-reached"))
        {
            return new(RefusalKind.TooFewLeft, null);
        }

        if (HasHook(html, "tickettypes-error"))
        {
            return new(null, "ticket types unavailable (tickettypes-error)");
        }

        if (ProblemHook().Match(html) is not { Success: true } hook)
        {
            return new(null, "page without a refusal");
        }

        var problem = ProblemAttribute().Match(hook.Value) is { Success: true } p ? p.Groups[1].Value : "";
        return problem switch
        {
            "soldout" => new(RefusalKind.SoldOut, null),
            "quantityrange" or "toomanyintotal" or "limitreached" => new(RefusalKind.TooFewLeft, null),
            "seatspervisitorreached" or "seatsperaddressreached" => new(RefusalKind.SeatCap, null),
            "toomanyrequests" => new(RefusalKind.RateLimited, null),
            "" => new(null, $"refused without data-problem ({hook.Groups[1].Value})"),
            _ => new(null, $"refused: {problem}"),
        };
    }

    private static bool HasHook(string html, string testId) =>
        html.Contains($"data-testid=\"{testId}\"", StringComparison.Ordinal);

    /// <summary>The opening tag of the first refusal message (the form's own, or the one next to a ticket type).</summary>
    [GeneratedRegex("<[a-z]+\\b[^>]*\\bdata-testid=\"(ticket-type-error|add-to-cart-error)\"[^>]*>")]
    private static partial Regex ProblemHook();

    [GeneratedRegex("\\bdata-problem=\"([^\"]*)\"")]
    private static partial Regex ProblemAttribute();
}

/// <summary>A refusal of a known kind, or a fault (an error) with what was seen instead.</summary>
public sealed record Classified(RefusalKind? Refusal, string? Fault);
