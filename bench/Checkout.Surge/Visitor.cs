using System.Diagnostics;
using System.Net;

namespace Checkout.Surge;

/// <summary>
/// One buyer with their own cookie jar and connections: the programme, then an event page; a reserving buyer posts the
/// add-to-cart form (visitor cookie included) and follows the redirect to the cart. A refusal is counted by its kind
/// (<see cref="Refusals"/>); whatever is still under way when <paramref name="stepEnd"/> fires (the end of its step's
/// drain) is cancelled and counted as an error.
/// </summary>
public sealed class Visitor(SurgeOptions options, SurgeRecorder recorder, CancellationToken stepEnd)
{
    public async Task BrowseAsync(int eventId)
    {
        using var http = NewClient();
        recorder.Arrived();
        if (await GetAsync(http, "", RequestKinds.Programme) is null)
        {
            return;
        }

        await GetAsync(http, $"event/{eventId}", RequestKinds.Event);
    }

    public async Task ReserveAsync(int eventId)
    {
        using var http = NewClient();
        recorder.Arrived();
        recorder.ReservationStarted();
        if (await GetAsync(http, "", RequestKinds.Programme) is null
            || await GetAsync(http, $"event/{eventId}", RequestKinds.Event) is not { } eventPage)
        {
            return;
        }

        if (ShopForm.AddToCart(eventPage, options.TicketsPerReservation) is not { } fields)
        {
            Refusal(Refusals.Classify(HttpStatusCode.OK, eventPage), RequestKinds.Event);
            return;
        }

        var posted = await SendAsync(http, new HttpRequestMessage(HttpMethod.Post, $"event/{eventId}") { Content = new FormUrlEncodedContent(fields) },
            RequestKinds.AddToCart, HttpStatusCode.Redirect, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        if (posted is null)
        {
            return;
        }

        if (posted.Value.Status != HttpStatusCode.Redirect)
        {
            Refusal(Refusals.Classify(posted.Value.Status, posted.Value.Body), RequestKinds.AddToCart);
            return;
        }

        if (posted.Value.Location is not { } location || !location.AbsolutePath.EndsWith("/cart", StringComparison.Ordinal))
        {
            recorder.Error(RequestKinds.AddToCart, $"redirected to {posted.Value.Location} instead of the cart");
            return;
        }

        // The redirect is the shop's confirmation that VdM holds the tickets (adding is all or nothing).
        recorder.Reserved(eventId, options.TicketsPerReservation);
        await GetAsync(http, location.ToString(), RequestKinds.Cart);
    }

    /// <summary>A refusal of a known kind is counted as such; anything else the page said is an error.</summary>
    private void Refusal(Classified answer, string kind)
    {
        if (answer.Refusal is { } refusal)
        {
            recorder.Refused(refusal, kind);
        }
        else
        {
            recorder.Error(kind, answer.Fault ?? "unexpected page");
        }
    }

    private HttpClient NewClient()
    {
        var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            ConnectTimeout = options.RequestTimeout,
        })
        {
            BaseAddress = options.BaseAddress,
            Timeout = options.RequestTimeout,
        };
        // A browser names the page's origin on a form post; the shop accepts the add-to-cart post only from its own.
        http.DefaultRequestHeaders.Add("Origin", options.BaseAddress.GetLeftPart(UriPartial.Authority));
        return http;
    }

    private async Task<string?> GetAsync(HttpClient http, string url, string kind) =>
        (await SendAsync(http, new HttpRequestMessage(HttpMethod.Get, url), kind, HttpStatusCode.OK))?.Body;

    /// <summary>Times one request including its body; anything but an expected status is an error.</summary>
    private async Task<(HttpStatusCode Status, string Body, Uri? Location)?> SendAsync(
        HttpClient http, HttpRequestMessage request, string kind, params HttpStatusCode[] expected)
    {
        using (request)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request, stepEnd);
                var body = await response.Content.ReadAsStringAsync(stepEnd);
                recorder.Latency(kind, clock.Elapsed);
                if (!expected.Contains(response.StatusCode))
                {
                    recorder.Error(kind, $"HTTP {(int)response.StatusCode}");
                    return null;
                }

                var location = response.Headers.Location is { } l ? new Uri(request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(options.BaseAddress, request.RequestUri), l) : null;
                return (response.StatusCode, body, location);
            }
            catch (OperationCanceledException) when (stepEnd.IsCancellationRequested)
            {
                recorder.Error(kind, $"still under way {options.Drain.TotalSeconds:0} s after the step's last arrival");
            }
            catch (TaskCanceledException)
            {
                recorder.Error(kind, $"timeout after {options.RequestTimeout.TotalSeconds:0} s");
            }
            catch (HttpRequestException e)
            {
                recorder.Error(kind, e.HttpRequestError.ToString());
            }

            return null;
        }
    }
}
