using Microsoft.AspNetCore.Http.Extensions;

namespace Checkout.Web.Shell.Embedding;

/// <summary>A request's query rebuilt for a redirect, without some parameters (names ignore case, as the query's do).</summary>
internal static class QueryStrings
{
    public static QueryBuilder Without(IQueryCollection query, IReadOnlyCollection<string> names) =>
        new(query
            .Where(q => !names.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
}
