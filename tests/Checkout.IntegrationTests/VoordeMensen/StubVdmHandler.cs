using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// Stands in for VdM at the bottom of the real HttpClient pipeline: answers "METHOD /path" routes
/// with queued responses (the last one repeats) and records every request it saw.
/// </summary>
public sealed class StubVdmHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Queue<Func<CancellationToken, Task<HttpResponseMessage>>>> _routes = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public StubVdmHandler On(string method, string pathAndQuery, HttpStatusCode status, string body, string contentType = "application/json") =>
        Enqueue(method, pathAndQuery, _ => Task.FromResult(Response(status, body, contentType)));

    public StubVdmHandler OnJson(string method, string pathAndQuery, string json) => On(method, pathAndQuery, HttpStatusCode.OK, json);

    /// <summary>An answer the test makes itself (e.g. one that waits for the test to let it go).</summary>
    public StubVdmHandler OnAsync(string method, string pathAndQuery, Func<CancellationToken, Task<HttpResponseMessage>> respond) =>
        Enqueue(method, pathAndQuery, respond);

    /// <summary>An upstream that accepts the request and never answers.</summary>
    public StubVdmHandler Hang(string method, string pathAndQuery) =>
        Enqueue(method, pathAndQuery, async ct =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathAndQuery) =>
        Requests.Where(r => r.Method == method && r.PathAndQuery == pathAndQuery).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!.GetLeftPart(UriPartial.Authority),
            request.RequestUri.PathAndQuery,
            request.Headers.TryGetValues("Authorization", out var auth) ? string.Join(",", auth) : null,
            request.Content?.Headers.ContentType?.MediaType,
            body);
        Requests.Enqueue(recorded);

        if (!_routes.TryGetValue(Key(recorded.Method, recorded.PathAndQuery), out var queue))
        {
            return Response(HttpStatusCode.NotImplemented, $"no stub for {recorded.Method} {recorded.PathAndQuery}", "text/plain");
        }

        Func<CancellationToken, Task<HttpResponseMessage>> next;
        lock (queue)
        {
            next = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        }

        var response = await next(cancellationToken);
        response.RequestMessage = request;
        return response;
    }

    private StubVdmHandler Enqueue(string method, string pathAndQuery, Func<CancellationToken, Task<HttpResponseMessage>> respond)
    {
        var queue = _routes.GetOrAdd(Key(method, pathAndQuery), _ => new Queue<Func<CancellationToken, Task<HttpResponseMessage>>>());
        lock (queue)
        {
            queue.Enqueue(respond);
        }

        return this;
    }

    private static string Key(string method, string pathAndQuery) => $"{method} {pathAndQuery}";

    private static HttpResponseMessage Response(HttpStatusCode status, string body, string contentType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
}

public sealed record RecordedRequest(string Method, string Authority, string PathAndQuery, string? Authorization, string? ContentType, string? Body);
