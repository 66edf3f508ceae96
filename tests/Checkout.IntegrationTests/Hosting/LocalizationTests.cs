using System.Net.Http.Headers;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Hosting;

public sealed class LocalizationTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_preference_the_default_client_speaks_Dutch()
    {
        var html = await factory.CreateClient().GetStringAsync("/", Ct);

        Assert.Equal("nl", HtmlAssert.HtmlLang(html));
        Assert.Equal("Programma en kaarten", HtmlAssert.H1(html));
    }

    [Fact]
    public async Task Query_string_switches_to_English_and_is_remembered_in_a_cookie()
    {
        var client = factory.CreateClient();

        var first = await client.GetAsync("/?culture=en", Ct);
        var html = await first.Content.ReadAsStringAsync(Ct);
        Assert.Equal("en", HtmlAssert.HtmlLang(html));
        Assert.Equal("Programme and tickets", HtmlAssert.H1(html));
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        var next = await client.GetStringAsync("/", Ct);
        Assert.Equal("Programme and tickets", HtmlAssert.H1(next));
    }

    [Fact]
    public async Task Query_string_wins_over_cookie_and_cookie_wins_over_browser_language()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/?culture=en", Ct);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));

        Assert.Equal("Programme and tickets", HtmlAssert.H1(await client.GetStringAsync("/", Ct)));
        Assert.Equal("Programma en kaarten", HtmlAssert.H1(await client.GetStringAsync("/?culture=nl", Ct)));
    }

    [Fact]
    public async Task Browser_language_is_used_when_nothing_was_chosen()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));

        Assert.Equal("Programme and tickets", HtmlAssert.H1(await client.GetStringAsync("/", Ct)));
    }
}
