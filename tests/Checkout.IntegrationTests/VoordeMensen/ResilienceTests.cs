using System.Net;
using Checkout.VoordeMensen;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// Retries and timeouts run on a FakeTimeProvider: the test moves the clock instead of waiting,
/// so back-off delays and the 2 s / 5 s timeouts of the test settings cost no real time.
/// </summary>
public sealed class ResilienceTests : IDisposable
{
    private const string CartPath = "/v1/demo/cart/4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi";
    private readonly VdmTestHost _host = VdmTestHost.Create(fakeTime: true);

    [Fact]
    public async Task A_GET_that_fails_twice_with_503_then_succeeds_returns_the_data()
    {
        _host.Stub
            .On("GET", "/v1/demo/paymentmethods", HttpStatusCode.ServiceUnavailable, "")
            .On("GET", "/v1/demo/paymentmethods", HttpStatusCode.ServiceUnavailable, "")
            .OnJson("GET", "/v1/demo/paymentmethods", PublicContractExamples.PaymentMethods);

        var methods = await RunOnFakeClock(_host.Default.Public.GetPaymentMethodsAsync(TestContext.Current.CancellationToken));

        Assert.Equal(4, methods.Count);
        Assert.Equal(3, _host.Stub.RequestsTo("GET", "/v1/demo/paymentmethods").Count);
    }

    [Fact]
    public async Task A_POST_to_cart_add_that_fails_with_503_is_sent_exactly_once()
    {
        _host.Stub.On("POST", CartPath, HttpStatusCode.ServiceUnavailable, """{"message": "Maintenance"}""");

        var error = await Assert.ThrowsAsync<VoordeMensenException>(() => RunOnFakeClock(
            _host.Default.Public.AddTicketsAsync("4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi", 95, "2ePdA8q3BN", 2, TestContext.Current.CancellationToken)));

        Assert.Single(_host.Stub.RequestsTo("POST", CartPath));
        Assert.Equal(VdmErrorKind.Unavailable, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("Maintenance", error.Message);
        Assert.True(error.IsRetryable);
    }

    [Fact]
    public async Task A_POST_to_order_create_that_fails_with_503_is_sent_exactly_once()
    {
        _host.Stub.On("POST", "/v1/demo/order/create", HttpStatusCode.ServiceUnavailable, "");
        var request = new Checkout.VoordeMensen.Public.OrderRequest(
            "cart", 33, new Uri("https://checkout.example/return"),
            new Checkout.VoordeMensen.Public.BuyerDetails { Email = "a@b.nl", FirstName = "A", LastName = "B" });

        await Assert.ThrowsAsync<VoordeMensenException>(() => RunOnFakeClock(
            _host.Default.Public.CreateOrderAsync(request, TestContext.Current.CancellationToken)));

        Assert.Single(_host.Stub.RequestsTo("POST", "/v1/demo/order/create"));
    }

    [Fact]
    public async Task A_hung_upstream_gives_a_timeout_error_within_the_total_timeout()
    {
        _host.Stub.Hang("GET", "/v1/demo/events");
        var started = _host.Time!.GetUtcNow();

        var error = await Assert.ThrowsAsync<VoordeMensenException>(() => RunOnFakeClock(
            _host.Default.Public.GetProductionsAsync(cancellationToken: TestContext.Current.CancellationToken)));

        Assert.Equal(VdmErrorKind.Timeout, error.Kind);
        Assert.True(error.IsRetryable);
        Assert.Null(error.StatusCode);
        Assert.InRange(_host.Time.GetUtcNow() - started, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5.5));
    }

    /// <summary>Moves the fake clock in small steps until the call completes (bounded, so a bug cannot hang the run).</summary>
    private async Task<T> RunOnFakeClock<T>(Task<T> call)
    {
        // 50 ms of fake time per 10 ms of real time: retry back-offs pass quickly, while a stub answer that is
        // merely slow on a loaded machine still arrives long before the 5 s fake attempt timeout.
        for (var step = 0; step < 2000 && !call.IsCompleted; step++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
            _host.Time!.Advance(TimeSpan.FromMilliseconds(50));
        }

        return await call;
    }

    public void Dispose() => _host.Dispose();
}
