using System.Net;
using System.Text;
using Checkout.VoordeMensen;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// Issue 16, upstream flood by one visitor: answers that say something about the request (4xx) never open the
/// per-client breaker, VdM's own failures (5xx) still do; and at most <c>MaxConcurrentCalls</c> calls of a client are
/// in flight, the rest wait briefly in a line of twice that length and then fail as unavailable without reaching VdM.
/// </summary>
public sealed class BreakerAndBulkheadTests
{
    private const string CartPath = "/v1/demo/cart/abc";
    private const string EventsPath = "/v1/demo/events";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The attack: one visitor sends unknown order keys, sold-out adds and invalid input until VdM throttles them; with
    // 408/429 counted as failures the breaker opened and every other visitor got "unavailable".
    [Fact]
    public async Task Many_4xx_answers_leave_the_breaker_closed()
    {
        using var host = VdmTestHost.Create(Settings(("VoordeMensen:CircuitBreakerMinimumThroughput", "2")));
        HttpStatusCode[] refusals =
        [
            HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity, HttpStatusCode.BadRequest,
            HttpStatusCode.TooManyRequests, HttpStatusCode.RequestTimeout,
        ];
        foreach (var status in refusals)
        {
            host.Stub.On("POST", CartPath, status, """{"message": "no"}""");
            for (var i = 0; i < 5; i++)
            {
                await Assert.ThrowsAsync<VoordeMensenException>(() => AddAsync(host));
            }
        }

        host.Stub.OnJson("GET", EventsPath, "[]");

        Assert.Empty(await host.Default.Public.GetProductionsAsync(cancellationToken: Ct));
        Assert.Equal(refusals.Length * 5, host.Stub.RequestsTo("POST", CartPath).Count);
        Assert.Single(host.Stub.RequestsTo("GET", EventsPath));
    }

    [Fact]
    public async Task Server_errors_still_open_the_breaker()
    {
        using var host = VdmTestHost.Create(Settings(("VoordeMensen:CircuitBreakerMinimumThroughput", "2")));
        host.Stub.On("POST", CartPath, HttpStatusCode.InternalServerError, """{"message": "down"}""");
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<VoordeMensenException>(() => AddAsync(host));
        }

        host.Stub.OnJson("GET", EventsPath, "[]");

        var error = await Assert.ThrowsAsync<VoordeMensenException>(() => host.Default.Public.GetProductionsAsync(cancellationToken: Ct));
        Assert.Equal(VdmErrorKind.Unavailable, error.Kind);
        Assert.Empty(host.Stub.RequestsTo("GET", EventsPath));
    }

    // The attack: one visitor opens many status pages (or a slow VdM piles up calls) and ties up every connection.
    [Fact]
    public async Task At_most_the_bound_is_in_flight_and_the_rest_wait_their_turn()
    {
        using var host = VdmTestHost.Create(Settings(("VoordeMensen:MaxConcurrentCalls", "3"), ("VoordeMensen:ConcurrencyQueueSeconds", "30")));
        var gate = new Gate();
        host.Stub.OnAsync("POST", CartPath, gate.AnswerAsync);

        // Three in flight and the line's six places (twice the bound) taken.
        var calls = Enumerable.Range(0, 9).Select(_ => AddAsync(host)).ToList();
        await gate.WaitUntilInFlightAsync(3);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
        Assert.Equal(3, gate.InFlight);

        gate.Open();
        await Task.WhenAll(calls);

        Assert.Equal(3, gate.MostInFlight);
        Assert.Equal(9, host.Stub.RequestsTo("POST", CartPath).Count);
    }

    [Fact]
    public async Task A_call_that_waits_longer_than_the_queue_allows_fails_as_unavailable_without_reaching_VdM()
    {
        using var host = VdmTestHost.Create(Settings(("VoordeMensen:MaxConcurrentCalls", "1"), ("VoordeMensen:ConcurrencyQueueSeconds", "1")));
        var gate = new Gate();
        host.Stub.OnAsync("POST", CartPath, gate.AnswerAsync);
        var first = AddAsync(host);
        await gate.WaitUntilInFlightAsync(1);

        var error = await Assert.ThrowsAsync<VoordeMensenException>(() => AddAsync(host));

        Assert.Equal(VdmErrorKind.Unavailable, error.Kind);
        Assert.True(error.IsRetryable);
        Assert.Single(host.Stub.RequestsTo("POST", CartPath));
        gate.Open();
        await first;
    }

    private static Task AddAsync(VdmTestHost host) =>
        host.Default.Public.AddTicketsAsync("abc", 95, "2ePdA8q3BN", 1, Ct);

    /// <summary>Long timeouts: answers that wait for the test must not be cut off by the attempt timeout.</summary>
    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = VdmTestHost.DefaultSettings();
        settings["VoordeMensen:AttemptTimeoutSeconds"] = "30";
        settings["VoordeMensen:TotalTimeoutSeconds"] = "60";
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>VdM answering only when the test opens the gate; counts the calls it holds.</summary>
    private sealed class Gate
    {
        private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock counting = new();
        private int inFlight;
        private int mostInFlight;

        public int InFlight
        {
            get
            {
                lock (counting)
                {
                    return inFlight;
                }
            }
        }

        public int MostInFlight
        {
            get
            {
                lock (counting)
                {
                    return mostInFlight;
                }
            }
        }

        public void Open() => open.TrySetResult();

        public async Task<HttpResponseMessage> AnswerAsync(CancellationToken cancellationToken)
        {
            lock (counting)
            {
                mostInFlight = Math.Max(mostInFlight, ++inFlight);
            }

            try
            {
                await open.Task.WaitAsync(cancellationToken);
                return new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent(PublicContractExamples.CartNewDocs, Encoding.UTF8, "application/json"),
                };
            }
            finally
            {
                lock (counting)
                {
                    inFlight--;
                }
            }
        }

        public async Task WaitUntilInFlightAsync(int count)
        {
            for (var i = 0; i < 200 && InFlight < count; i++)
            {
                await Task.Delay(25, Ct);
            }

            Assert.Equal(count, InFlight);
        }
    }
}
