using Checkout.Web.Shell.Embedding;
using Microsoft.AspNetCore.Http;

namespace Checkout.UnitTests.Embedding;

public sealed class CspNonceTests
{
    [Fact]
    public void Nonces_are_128_bit_base64url_so_rendering_never_encodes_them_and_never_repeat()
    {
        var nonces = Enumerable.Range(0, 500).Select(_ => CspNonce.Issue(new DefaultHttpContext())).ToList();

        Assert.All(nonces, n => Assert.Matches("^[A-Za-z0-9_-]{22}$", n));
        Assert.Equal(nonces.Count, nonces.Distinct(StringComparer.Ordinal).Count());
    }
}
