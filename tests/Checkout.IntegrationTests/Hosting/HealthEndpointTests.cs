using System.Net;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Hosting;

public sealed class HealthEndpointTests : IClassFixture<CheckoutWebFactory>
{
    private readonly HttpClient client;

    public HealthEndpointTests(CheckoutWebFactory factory) => client = factory.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_with_the_bare_status(string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
