using Checkout.Web.Features.Customers;

namespace Checkout.UnitTests.Customers;

public sealed class IdentityTokenTests
{
    private const string Secret = "documented-example-secret-0123456789abcdef";

    // Computed outside .NET (Node's crypto and Python's hmac give the same), as the venue examples in
    // docs/identified-checkout.md do: base64url(email).expiry.hex(HMAC-SHA256(secret, email + "\n" + expiry)).
    private const string Documented = "dmlzaXRvckBleGFtcGxlLmNvbQ.1800000000.00e39fb408cac764fa0643ef62d7d762dc349dcbd5cc47ac0160341241309a2d";

    private static readonly DateTimeOffset Expiry = DateTimeOffset.FromUnixTimeSeconds(1800000000);

    [Fact]
    public void The_format_matches_the_documented_venue_examples() =>
        Assert.Equal(Documented, IdentityToken.Create("visitor@example.com", Expiry, Secret));

    [Fact]
    public void A_valid_token_names_its_address() =>
        Assert.Equal("visitor@example.com", IdentityToken.Validate(Documented, Secret, Expiry.AddHours(-1)));

    [Fact]
    public void An_upper_case_signature_is_accepted() =>
        Assert.NotNull(IdentityToken.Validate(Documented[..Documented.LastIndexOf('.')] + Documented[Documented.LastIndexOf('.')..].ToUpperInvariant(), Secret, Expiry.AddHours(-1)));

    [Theory]
    [InlineData("dmlzaXRvckBleGFtcGxlLmNvbQ.1800000001.00e39fb408cac764fa0643ef62d7d762dc349dcbd5cc47ac0160341241309a2d")]
    [InlineData("b3RoZXJAZXhhbXBsZS5jb20.1800000000.00e39fb408cac764fa0643ef62d7d762dc349dcbd5cc47ac0160341241309a2d")]
    [InlineData("dmlzaXRvckBleGFtcGxlLmNvbQ.1800000000.10e39fb408cac764fa0643ef62d7d762dc349dcbd5cc47ac0160341241309a2d")]
    [InlineData("dmlzaXRvckBleGFtcGxlLmNvbQ.1800000000")]
    [InlineData("")]
    [InlineData("!!!.1800000000.00")]
    public void Tampered_or_malformed_tokens_are_refused(string token) =>
        Assert.Null(IdentityToken.Validate(token, Secret, Expiry.AddHours(-1)));

    [Fact]
    public void Expired_tokens_and_tokens_valid_for_more_than_a_day_are_refused()
    {
        Assert.Null(IdentityToken.Validate(Documented, Secret, Expiry));
        Assert.Null(IdentityToken.Validate(Documented, Secret, Expiry.AddDays(-2)));
    }
}
