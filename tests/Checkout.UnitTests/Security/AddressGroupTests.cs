using System.Net;
using Checkout.Web.Shell.Security;

namespace Checkout.UnitTests.Security;

/// <summary>What per-address limits count: IPv4 as it is, IPv6 per /64, IPv4-mapped IPv6 as the IPv4 address.</summary>
public sealed class AddressGroupTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("fe80::1%2", "fe80::/64")]
    [InlineData("::1", "::/64")]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("not an address", AddressGroup.Unknown)]
    [InlineData(null, AddressGroup.Unknown)]
    public void Groups_an_address(string? address, string group) => Assert.Equal(group, AddressGroup.Of(address));

    [Fact]
    public void Neighbours_in_one_64_are_one_group_and_the_next_64_is_another()
    {
        var neighbours = Enumerable.Range(1, 50).Select(i => AddressGroup.Of(IPAddress.Parse($"2001:db8:aa:bb:{i:x}::{i:x}"))).Distinct();

        Assert.Equal(["2001:db8:aa:bb::/64"], neighbours);
        Assert.NotEqual(AddressGroup.Of("2001:db8:aa:bb::1"), AddressGroup.Of("2001:db8:aa:bc::1"));
    }

    [Fact]
    public void A_mapped_IPv4_address_and_the_address_itself_are_one_group() =>
        Assert.Equal(AddressGroup.Of(IPAddress.Parse("198.51.100.4")), AddressGroup.Of(IPAddress.Parse("198.51.100.4").MapToIPv6()));
}
