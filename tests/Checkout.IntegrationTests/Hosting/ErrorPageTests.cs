using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Hosting;

public sealed class ErrorPageTests : IDisposable
{
    private const string Secret = "db-password=hunter2";
    private readonly WebApplicationFactoryWithFailure factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("nl", "Er ging iets mis")]
    [InlineData("en", "Something went wrong")]
    public async Task An_unexpected_exception_shows_a_branded_translated_page_without_internals(string culture, string title)
    {
        var response = await factory.CreateClient().GetAsync($"/boom?culture={culture}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(title, HtmlAssert.H1(html));
        Assert.Equal("Stadsschouwburg De Ster", HtmlAssert.TestIdText(html, "brand-name"));
        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html.Replace("data-", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("href=\"./\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Error")]
    [InlineData("/error?code=500")]
    [InlineData("/Error?culture=en&x=%3Cscript%3E")]
    public async Task A_direct_request_for_the_error_page_is_a_404_not_a_server_fault(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("data-testid=\"error-page\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"not-found-page\"", html, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();

    /// <summary>The real app plus, at the very end of its pipeline, a route that always throws.</summary>
    private sealed class WebApplicationFactoryWithFailure : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(RepositoryRoot.Path).UseEnvironment("Production");
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowingRouteFilter>());
        }
    }

    private sealed class ThrowingRouteFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == "/boom"
                ? throw new InvalidOperationException(Secret)
                : Task.CompletedTask);
        };
    }
}
