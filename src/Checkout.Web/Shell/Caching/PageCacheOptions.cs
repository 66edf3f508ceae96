using System.ComponentModel.DataAnnotations;

namespace Checkout.Web.Shell.Caching;

/// <summary>
/// How long a cached page is served (<c>PageCache:Duration</c>). What a visitor sees of availability is at most the
/// programme cache window plus this old (docs/operations.md); the add-to-cart post always asks VdM.
/// </summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "PageCache:Duration must be between 00:00:01 and 00:05:00.")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(10);
}
