using System.Net;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Checkout.UnitTests.Sandbox;

/// <summary>Who counts as the shop on this machine for the sandbox's API outside Development.</summary>
public sealed class LocalCallersTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", null, true)]
    [InlineData("::1", "::1", null, true)]
    [InlineData("10.0.0.5", "10.0.0.5", null, true)]
    [InlineData("203.0.113.7", "10.0.0.5", null, false)]
    [InlineData("10.0.0.6", "10.0.0.5", null, false)]
    [InlineData("127.0.0.1", "127.0.0.1", "X-Forwarded-For", false)]
    [InlineData("127.0.0.1", "127.0.0.1", "Forwarded", false)]
    [InlineData("127.0.0.1", "127.0.0.1", "X-Original-For", false)]
    public void Only_a_caller_on_this_machine_that_no_proxy_forwarded(string remote, string local, string? proxyHeader, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        context.Connection.LocalIpAddress = IPAddress.Parse(local);
        if (proxyHeader is not null)
        {
            context.Request.Headers[proxyHeader] = "203.0.113.7";
        }

        Assert.Equal(expected, LocalCallersOnlyFilter.IsLocal(context));
    }

    [Fact]
    public void A_caller_without_an_address_is_not_local() =>
        Assert.False(LocalCallersOnlyFilter.IsLocal(new DefaultHttpContext()));
}
