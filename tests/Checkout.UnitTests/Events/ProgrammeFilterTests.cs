using Checkout.Web.Features.Events;

namespace Checkout.UnitTests.Events;

public sealed class ProgrammeFilterTests
{
    [Theory]
    [InlineData("2030-04-02", "2030-04-02")]
    [InlineData(" 2030-04-02 ", "2030-04-02")]
    [InlineData("2030-02-31", null)]
    [InlineData("02-04-2030", null)]
    [InlineData("morgen", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_real_iso_days_filter_by_date(string? date, string? expected)
    {
        var filter = ProgrammeFilter.From(null, date);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), filter.Date);
    }

    [Fact]
    public void Text_is_trimmed_and_cut_to_the_maximum_length()
    {
        Assert.Equal("hamlet", ProgrammeFilter.From("  hamlet ", null).Query);
        Assert.Equal(ProgrammeFilter.MaxQueryLength, ProgrammeFilter.From(new string('a', 500), null).Query.Length);
        Assert.False(ProgrammeFilter.From("   ", "x").IsActive);
    }
}
