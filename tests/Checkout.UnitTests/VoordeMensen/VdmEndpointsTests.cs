using Checkout.VoordeMensen.Configuration;

namespace Checkout.UnitTests.VoordeMensen;

public sealed class VdmEndpointsTests
{
    [Theory]
    [InlineData("https://api.voordemensen.nl", "https://api.voordemensen.nl/")]
    [InlineData("https://api.voordemensen.nl/", "https://api.voordemensen.nl/")]
    [InlineData("https://api.voordemensen.nl/v1", "https://api.voordemensen.nl/")]
    [InlineData("https://api.voordemensen.nl/v1/", "https://api.voordemensen.nl/")]
    [InlineData("https://api.voordemensen.nl/V1/", "https://api.voordemensen.nl/")]
    [InlineData("https://proxy.venue.nl/vdm", "https://proxy.venue.nl/vdm/")]
    [InlineData("https://proxy.venue.nl/vdm/", "https://proxy.venue.nl/vdm/")]
    [InlineData("https://proxy.venue.nl/vdm/v1", "https://proxy.venue.nl/vdm/")]
    [InlineData("https://proxy.venue.nl/vdm/v1/", "https://proxy.venue.nl/vdm/")]
    [InlineData("https://proxy.venue.nl/v1api/", "https://proxy.venue.nl/v1api/")]
    [InlineData("http://127.0.0.1:5080/sandbox/", "http://127.0.0.1:5080/sandbox/")]
    [InlineData("https://api.voordemensen.nl:8443/v1/?debug=1#top", "https://api.voordemensen.nl:8443/")]
    public void Every_documented_base_url_form_becomes_the_root_the_v1_paths_are_appended_to(string configured, string root)
    {
        Assert.Equal(new Uri(root), VdmEndpoints.ApiRoot(new Uri(configured)));
    }

    [Fact]
    public void The_default_ticket_host_is_vdms_own()
    {
        Assert.Equal(new Uri("https://tickets.voordemensen.nl/"), VdmEndpoints.DefaultTicketHost);
    }
}
