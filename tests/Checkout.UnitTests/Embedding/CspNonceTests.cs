using Checkout.Web.Shell.Embedding;
using Microsoft.AspNetCore.Http;

namespace Checkout.UnitTests.Embedding;

public sealed class CspNonceTests
{
    [Fact]
    public void Nonces_are_128_bit_base64url_so_rendering_never_encodes_them_and_never_repeat()
    {
        var nonces = Enumerable.Range(0, 500).Select(_ => CspNonce.Of(Promised())!).ToList();

        Assert.All(nonces, n => Assert.Matches("^[A-Za-z0-9_-]{22}$", n));
        Assert.Equal(nonces.Count, nonces.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_response_keeps_one_nonce_for_the_page_and_its_policy()
    {
        var context = Promised();

        Assert.Equal(CspNonce.Of(context), CspNonce.Of(context));
    }

    [Fact]
    public void Without_the_middleware_there_is_no_nonce()
    {
        Assert.Null(CspNonce.Of(new DefaultHttpContext()));
        Assert.Null(CspNonce.Of(null));
    }

    private static DefaultHttpContext Promised()
    {
        var context = new DefaultHttpContext();
        CspNonce.Promise(context);
        return context;
    }
}
