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
}
