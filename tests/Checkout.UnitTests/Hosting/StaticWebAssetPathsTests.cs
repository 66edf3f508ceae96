using Checkout.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Checkout.UnitTests.Hosting;

public sealed class StaticWebAssetPathsTests
{
    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", true)]
    [InlineData("/_framework/blazor.web.js", true)]
    [InlineData("/_Content/MudBlazor/MudBlazor.min.js", true)]
    [InlineData("/brands/demo/logo.svg", false)]
    [InlineData("/css/checkout.css", false)]
    [InlineData("/embed.js", false)]
    [InlineData("/_contentx/file.css", false)]
    public void Only_the_builds_own_prefixes_are_left_to_the_static_asset_endpoints(string path, bool owned) =>
        Assert.Equal(owned, StaticWebAssetPaths.Owns(new PathString(path)));
}
