using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.Configuration;

namespace Checkout.UnitTests.VoordeMensen;

public sealed class OptionsValidatorTests
{
    private readonly VoordeMensenOptionsValidator _validator = new(VoordeMensenClientRegistry.FromConfiguration(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clients:fringe:VoordeMensen:Client"] = "fringe",
        }).Build()));

    [Fact]
    public void Valid_options_pass_including_an_empty_BaseUrl_for_the_sandbox()
    {
        Assert.True(_validator.Validate("default", new VoordeMensenOptions { Client = "demo" }).Succeeded);
    }

    [Fact]
    public void Each_problem_is_reported_with_the_clients_configuration_path()
    {
        var result = _validator.Validate("fringe", new VoordeMensenOptions
        {
            Client = "",
            TicketHostUrl = "ftp://tickets",
            AttemptTimeoutSeconds = 0,
        });

        Assert.Equal(
            [
                "Clients:fringe:VoordeMensen:Client is required",
                "Clients:fringe:VoordeMensen:TicketHostUrl must be an absolute http(s) URL or empty",
                "Clients:fringe:VoordeMensen:AttemptTimeoutSeconds must be between 1 and 300",
            ],
            result.Failures);
    }

    [Fact]
    public void Client_names_must_be_usable_as_a_path_segment()
    {
        var result = _validator.Validate("default", new VoordeMensenOptions { Client = "de ster/x" });

        Assert.Equal(["VoordeMensen:Client must be a VdM client short name (letters, digits, '-' or '_')"], result.Failures);
    }

    [Fact]
    public void Options_for_names_that_are_not_clients_are_skipped()
    {
        Assert.True(_validator.Validate("other", new VoordeMensenOptions()).Skipped);
    }

    [Theory]
    [InlineData("http://api.voordemensen.nl/", "")]
    [InlineData("", "http://tickets.venue.nl/")]
    public void Plain_http_to_another_host_is_refused_when_an_API_key_is_set_naming_the_keys(string baseUrl, string ticketHost)
    {
        var result = _validator.Validate("default", new VoordeMensenOptions
        {
            Client = "demo", ApiKey = "secret-key-1234", BaseUrl = baseUrl, TicketHostUrl = ticketHost,
        });

        var failure = Assert.Single(result.Failures ?? []);
        Assert.Equal(
            $"VoordeMensen:{(baseUrl.Length > 0 ? "BaseUrl" : "TicketHostUrl")} must use https:// when VoordeMensen:ApiKey is set " +
            "(plain http:// only for localhost or a loopback address)",
            failure);
        Assert.DoesNotContain("secret-key-1234", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_that_inherits_a_plain_http_base_url_is_told_where_it_comes_from()
    {
        var result = _validator.Validate("fringe", new VoordeMensenOptions { Client = "fringe", ApiKey = "k", BaseUrl = "http://vdm.example.nl/v1/" });

        Assert.Equal(
            [
                "Clients:fringe:VoordeMensen:BaseUrl (or VoordeMensen:BaseUrl, which it inherits) must use https:// when " +
                "Clients:fringe:VoordeMensen:ApiKey is set (plain http:// only for localhost or a loopback address)",
            ],
            result.Failures);
    }

    [Theory]
    [InlineData("http://localhost:5080/sandbox/")]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://[::1]:5080/")]
    [InlineData("http://vdm.localhost/")]
    [InlineData("https://api.voordemensen.nl/v1/")]
    public void Https_and_loopback_http_are_accepted_with_an_API_key(string baseUrl)
    {
        var result = _validator.Validate("default", new VoordeMensenOptions { Client = "demo", ApiKey = "k", BaseUrl = baseUrl, TicketHostUrl = baseUrl });

        Assert.True(result.Succeeded, string.Join("; ", result.Failures ?? []));
    }

    [Fact]
    public void Plain_http_without_an_API_key_is_left_alone()
    {
        Assert.True(_validator.Validate("default", new VoordeMensenOptions { Client = "demo", BaseUrl = "http://vdm.example.nl/" }).Succeeded);
    }
}
