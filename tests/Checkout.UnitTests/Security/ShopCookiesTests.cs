using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.Http;

namespace Checkout.UnitTests.Security;

/// <summary>The shop's cookie rules: Secure and prefixed except for plain http on a loopback name (a developer's machine).</summary>
public sealed class ShopCookiesTests
{
    [Theory]
    [InlineData("http", "tickets.venue.nl", "", null, "__Host-checkout.visitor.default", true)]
    [InlineData("http", "tickets.venue.nl", "/fringe", null, "__Secure-checkout.visitor.default", true)]
    [InlineData("https", "localhost:5001", "", null, "__Host-checkout.visitor.default", true)]
    [InlineData("http", "localhost:8080", "", "https", "__Host-checkout.visitor.default", true)]
    [InlineData("http", "localhost:5000", "", null, "checkout.visitor.default", false)]
    [InlineData("http", "127.0.0.1:5000", "/fringe", null, "checkout.visitor.default", false)]
    [InlineData("http", "fringe.localhost:5000", "", "http", "checkout.visitor.default", false)]
    public void Secure_and_prefixed_unless_plain_http_on_this_machine(
        string scheme, string host, string pathBase, string? forwardedProto, string name, bool secure)
    {
        var request = Request(scheme, host, pathBase, forwardedProto);

        var options = ShopCookies.Apply(new CookieOptions { Domain = "venue.nl" }, request);

        Assert.Equal(name, ShopCookies.Name("checkout.visitor.default", request));
        Assert.Equal(secure, options.Secure);
        Assert.Null(options.Domain);
        Assert.Equal(pathBase.Length == 0 ? "/" : pathBase, options.Path);
    }

    private static HttpRequest Request(string scheme, string host, string pathBase, string? forwardedProto)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        context.Request.PathBase = pathBase;
        if (forwardedProto is not null)
        {
            context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        }

        return context.Request;
    }
}
