using Checkout.Web.Shell.Embedding.VenueContext;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Checkout.UnitTests.Embedding;

/// <summary>The campaign from a venue page's UTM values: short printable labels, never an e-mail address.</summary>
public sealed class VenueParametersTests
{
    [Fact]
    public void Utm_values_become_the_campaign()
    {
        var campaign = VenueParameters.Campaign(Query(("utm_source", "newsletter"), ("utm_medium", " email "), ("utm_campaign", "voorjaar-2027"),
            ("utm_term", "hamlet"), ("utm_content", "knop 1")));

        Assert.Equal(new VenueCampaign("newsletter", "email", "voorjaar-2027", "hamlet", "knop 1"), campaign);
    }

    [Theory]
    [InlineData("jan@example.nl")]
    [InlineData("line\nbreak")]
    [InlineData("   ")]
    public void A_value_that_is_no_label_is_dropped(string value)
    {
        var campaign = VenueParameters.Campaign(Query(("utm_source", value), ("utm_campaign", "spring")));

        Assert.Equal(new VenueCampaign(null, null, "spring", null, null), campaign);
    }

    [Fact]
    public void A_label_over_100_characters_is_dropped_and_nothing_left_is_no_campaign()
    {
        Assert.Equal("x", VenueParameters.Label("x"));
        Assert.Equal(100, VenueParameters.Label(new string('x', 100))!.Length);
        Assert.Null(VenueParameters.Campaign(Query(("utm_campaign", new string('x', 101)))));
    }

    [Fact]
    public void The_parameters_are_found_in_any_case()
    {
        Assert.True(VenueParameters.AnyIn(Query(("CHECKOUT_EMAIL", "a"))));
        Assert.False(VenueParameters.AnyIn(Query(("culture", "en"), ("production", "101"))));
    }

    private static QueryCollection Query(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => new StringValues(v.Value), StringComparer.OrdinalIgnoreCase));
}
