using System.Net;
using Checkout.VoordeMensen;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>Bodies that are not what the contract promises must give a clear error, never a NullReferenceException.</summary>
public sealed class ErrorResponseTests : IDisposable
{
    private const string CartPath = "/v1/demo/cart/abc";
    private readonly VdmTestHost _host = VdmTestHost.Create();

    [Theory]
    [InlineData("", "text/plain", "an empty body")]
    [InlineData("<html><body>Bad gateway</body></html>", "text/html", "an HTML page instead of JSON")]
    [InlineData("{\"event_id\": 95,", "application/json", "text that is not JSON")]
    [InlineData("\"just a string\"", "application/json", "a JSON String where a list was expected")]
    public async Task A_success_status_with_an_unreadable_body_is_an_InvalidResponse(string body, string contentType, string expected)
    {
        _host.Stub.On("GET", "/v1/demo/events", HttpStatusCode.OK, body, contentType);

        var error = await Assert.ThrowsAsync<VoordeMensenException>(
            () => _host.Default.Public.GetProductionsAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.InvalidResponse, error.Kind);
        Assert.True(error.StatusCode is null or 200);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task An_HTML_error_page_on_a_POST_names_the_status_and_the_HTML()
    {
        _host.Stub.On("POST", CartPath, HttpStatusCode.BadGateway, "<!DOCTYPE html><html>nginx</html>", "text/html");

        var error = await Assert.ThrowsAsync<VoordeMensenException>(
            () => _host.Default.Public.AddTicketsAsync("abc", 95, "2ePdA8q3BN", 1, TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.Unavailable, error.Kind);
        Assert.Equal(502, error.StatusCode);
        Assert.Contains("HTML page", error.Message, StringComparison.Ordinal);
        Assert.Contains($"POST {CartPath}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, VdmErrorKind.Rejected)]
    [InlineData(HttpStatusCode.Conflict, VdmErrorKind.Rejected)]
    [InlineData(HttpStatusCode.Unauthorized, VdmErrorKind.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden, VdmErrorKind.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound, VdmErrorKind.NotFound)]
    public async Task Client_errors_carry_VdMs_message_status_and_kind(HttpStatusCode status, VdmErrorKind kind)
    {
        _host.Stub.On("POST", CartPath, status, """{"message": "Maximum number of tickets reached"}""");

        var error = await Assert.ThrowsAsync<VoordeMensenException>(
            () => _host.Default.Public.AddTicketsAsync("abc", 95, "2ePdA8q3BN", 11, TestContext.Current.CancellationToken));

        Assert.Equal(kind, error.Kind);
        Assert.Equal((int)status, error.StatusCode);
        Assert.Equal("Maximum number of tickets reached", error.Message);
        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task An_empty_order_create_array_is_an_InvalidResponse()
    {
        _host.Stub.OnJson("POST", "/v1/demo/order/create", "[]");
        var request = new Checkout.VoordeMensen.Public.OrderRequest(
            "abc", 33, new Uri("https://checkout.example/return"),
            new Checkout.VoordeMensen.Public.BuyerDetails { Email = "a@b.nl", FirstName = "A", LastName = "B" });

        var error = await Assert.ThrowsAsync<VoordeMensenException>(
            () => _host.Default.Public.CreateOrderAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.InvalidResponse, error.Kind);
    }

    [Fact]
    public async Task Garbage_list_elements_are_dropped_like_VdMs_own_plugins_do()
    {
        _host.Stub.OnJson("GET", "/v1/demo/tickettypes/95", """
            [{"discount_id": "2ePdA8q3BN", "discount_name": "Standard", "base_price": 24.5, "discount_type": "€",
              "discount_value": "0.00", "discounted_price": "24.50"}, {"message": "discount capped"}]
            """);

        var types = await _host.Default.Public.GetTicketTypesAsync(95, TestContext.Current.CancellationToken);

        Assert.Equal("2ePdA8q3BN", Assert.Single(types).DiscountId);
    }

    public void Dispose() => _host.Dispose();
}
