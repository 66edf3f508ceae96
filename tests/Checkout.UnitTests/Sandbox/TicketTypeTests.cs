using Checkout.Sandbox.Data;

namespace Checkout.UnitTests.Sandbox;

public sealed class TicketTypeTests
{
    [Theory]
    [InlineData("€", "0.00", "24.50")]
    [InlineData("€", "1.00", "23.50")]
    [InlineData("=", "2.00", "2.00")]
    [InlineData("%", "25.00", "18.38")]
    [InlineData("€", "30.00", "0.00")]
    public void Prices_follow_the_documented_discount_rules(string kind, string value, string expected)
    {
        var type = new TicketType("2ePdA8q3BN", "test", kind, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), type.PriceFor(24.50m));
    }
}
