using Checkout.Sandbox.Payments;
using Microsoft.AspNetCore.Http;

namespace Checkout.UnitTests.Sandbox;

/// <summary>
/// The payment simulator sends a visitor back only to the shop's own origin (no open redirect on its domain); on one
/// machine any loopback name and port is the shop.
/// </summary>
public sealed class ShopReturnTests
{
    [Theory]
    [InlineData("http", "127.0.0.1:5000", "http://127.0.0.1:5000/order/return")]
    [InlineData("http", "127.0.0.1:5000", "http://localhost:5000/fringe/order/return")]
    [InlineData("http", "localhost:5000", "http://fringe.localhost:5000/order/return")]
    [InlineData("http", "[::1]:8080", "http://127.0.0.1:8080/order/return")]
    [InlineData("http", "127.0.0.1:5000", "http://127.0.0.1:5001/order/return")]
    [InlineData("https", "tickets.venue.nl", "https://tickets.venue.nl/order/return")]
    [InlineData("https", "tickets.venue.nl", "https://TICKETS.venue.nl:443/order/return?x=1")]
    public void The_shops_own_origin_is_followed(string scheme, string host, string target) =>
        Assert.True(ShopReturn.IsOwnOrigin(target, Request(scheme, host)));

    [Theory]
    [InlineData("http", "127.0.0.1:5000", "https://evil.example/order/return")]
    [InlineData("http", "127.0.0.1:5000", "https://127.0.0.1:5000/order/return")]
    [InlineData("https", "tickets.venue.nl", "https://tickets.venue.nl:8443/order/return")]
    [InlineData("https", "tickets.venue.nl", "https://tickets.venue.nl.evil.example/order/return")]
    [InlineData("https", "tickets.venue.nl", "https://localhost/order/return")]
    [InlineData("https", "tickets.venue.nl", "//evil.example/order/return")]
    [InlineData("https", "tickets.venue.nl", "/order/return")]
    [InlineData("https", "tickets.venue.nl", "javascript:alert(1)")]
    [InlineData("https", "tickets.venue.nl", null)]
    public void Anything_else_is_not(string scheme, string host, string? target) =>
        Assert.False(ShopReturn.IsOwnOrigin(target, Request(scheme, host)));

    private static HttpRequest Request(string scheme, string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        return context.Request;
    }
}
