using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Components.Layout;

namespace Checkout.ComponentTests.Layout;

public sealed class LanguageSwitchTests() : CheckoutTestContext(culture: "en")
{
    [Fact]
    public void Offers_both_languages_and_marks_the_current_one()
    {
        var languages = Render<LanguageSwitch>();

        Assert.Equal("true", languages.Find("[data-testid=language-en]").GetAttribute("aria-current"));
        Assert.Null(languages.Find("[data-testid=language-nl]").GetAttribute("aria-current"));
        Assert.EndsWith("?culture=nl", languages.Find("[data-testid=language-nl]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Language", languages.Find("nav").GetAttribute("aria-label"));
    }
}
