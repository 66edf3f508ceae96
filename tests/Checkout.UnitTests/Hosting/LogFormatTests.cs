using System.Text.Json;
using Checkout.Web.Hosting.Observability;
using Microsoft.Extensions.Configuration;
using Serilog.Events;
using Serilog.Parsing;

namespace Checkout.UnitTests.Hosting;

public sealed class LogFormatTests
{
    private static IConfiguration With(string? format) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [LogFormat.Setting] = format }).Build();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("text")]
    public void Text_is_the_default(string? format) => Assert.Null(LogFormat.For(With(format)));

    [Fact]
    public void Json_writes_one_json_object_per_event_with_its_properties()
    {
        var formatter = LogFormat.For(With("JSON"));
        var template = new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode}");
        var logEvent = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Information, null, template,
        [
            new LogEventProperty("RequestMethod", new ScalarValue("GET")),
            new LogEventProperty("RequestPath", new ScalarValue("/order/{OrderKey}")),
            new LogEventProperty("StatusCode", new ScalarValue(200)),
        ]);
        using var output = new StringWriter();

        formatter!.Format(logEvent, output);

        var line = output.ToString().TrimEnd('\n', '\r');
        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("/order/{OrderKey}", json.RootElement.GetProperty("RequestPath").GetString());
        Assert.Equal(200, json.RootElement.GetProperty("StatusCode").GetInt32());
        Assert.Contains("/order/{OrderKey}", json.RootElement.GetProperty("@m").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_stops_start_up_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LogFormat.For(With("xml")));

        Assert.Equal("Logging:Format must be 'text' or 'json' (got 'xml').", error.Message);
    }
}
