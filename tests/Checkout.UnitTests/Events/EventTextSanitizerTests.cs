using Checkout.Web.Features.Events;
using Microsoft.Extensions.Caching.Memory;

namespace Checkout.UnitTests.Events;

public sealed class EventTextSanitizerTests
{
    private readonly EventTextSanitizer sanitizer = new(new MemoryCache(new MemoryCacheOptions()));

    [Fact]
    public void Keeps_formatting_and_removes_scripts_handlers_styles_and_unsafe_links()
    {
        var html = sanitizer.Sanitize(
            """<p style="color:red" onclick="x()"><strong>Hamlet</strong> <a href="javascript:alert(1)">a</a> <a href="https://example.org">b</a></p><script>alert(1)</script><iframe src="https://x"></iframe>""");

        Assert.Contains("<strong>Hamlet</strong>", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="https://example.org" rel="noopener noreferrer">b</a>""", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Plain_text_becomes_encoded_paragraphs()
    {
        Assert.Equal("<p>Eén &amp; twee<br>drie</p><p>vier</p>", sanitizer.Sanitize("Eén & twee\ndrie\n\nvier"));
        Assert.Equal("", sanitizer.Sanitize("  "));
    }

    [Fact]
    public void A_text_seen_before_gives_the_same_sanitized_result_without_parsing_it_again()
    {
        const string text = "<p>Een <em>voorstelling</em><script>x</script></p>";

        var first = sanitizer.Sanitize(text);
        var second = sanitizer.Sanitize(text);

        Assert.Equal("<p>Een <em>voorstelling</em></p>", first);
        Assert.Same(first, second);
    }
}
