namespace Checkout.IntegrationTests;

public class SmokeTests
{
    [Fact]
    public void Project_builds() => Assert.True(true);
}
