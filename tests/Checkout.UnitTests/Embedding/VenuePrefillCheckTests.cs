using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Embedding.VenueContext;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Checkout.UnitTests.Embedding;

/// <summary>Details a venue page passes in are checked like typed input, field by field.</summary>
public sealed class VenuePrefillCheckTests
{
    private static readonly IStringLocalizer<PurchaseText> Texts = new StringLocalizer<PurchaseText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private readonly VenuePrefillCheck check = new(new BuyerFormValidator(Texts));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Valid_details_are_kept_trimmed()
    {
        var prefill = await check.CheckAsync("  jan.jansen@example.nl ", " Jan ", "Jansen", Ct);

        Assert.Equal(new VenuePrefill("jan.jansen@example.nl", "Jan", "Jansen"), prefill);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("jan@@example.nl")]
    [InlineData("jan@example")]
    [InlineData("<script>@example.nl")]
    public async Task A_malformed_address_is_left_out_and_the_names_stay(string email)
    {
        var prefill = await check.CheckAsync(email, "Jan", "Jansen", Ct);

        Assert.Equal(new VenuePrefill(null, "Jan", "Jansen"), prefill);
    }

    [Fact]
    public async Task A_name_over_the_forms_limit_is_left_out()
    {
        var prefill = await check.CheckAsync("jan@example.nl", new string('J', BuyerFormValidator.MaxLength + 1), "Jansen", Ct);

        Assert.Equal(new VenuePrefill("jan@example.nl", null, "Jansen"), prefill);
    }

    [Theory]
    [InlineData("Jan\nJansen")]
    [InlineData("Jan\u0000")]
    [InlineData("Jan\u001b[31m")]
    public async Task What_a_text_field_could_not_hold_is_left_out(string name)
    {
        var prefill = await check.CheckAsync("jan@example.nl", name, name, Ct);

        Assert.Equal(new VenuePrefill("jan@example.nl", null, null), prefill);
    }

    [Fact]
    public async Task Nothing_usable_is_no_prefill()
    {
        Assert.Null(await check.CheckAsync(null, "", "   ", Ct));
        Assert.Null(await check.CheckAsync("nope", null, null, Ct));
    }
}
