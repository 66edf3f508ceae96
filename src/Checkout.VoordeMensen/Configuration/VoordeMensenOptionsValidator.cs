using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Checkout.VoordeMensen.Configuration;

/// <summary>Start-up validation; every message names the configuration key to fix.</summary>
internal sealed partial class VoordeMensenOptionsValidator(VoordeMensenClientRegistry registry)
    : IValidateOptions<VoordeMensenOptions>
{
    private const int MaxTimeoutSeconds = 300;
    private const int MaxMinimumThroughput = 10_000;
    private const int MaxConcurrentCalls = 1_000;
    private const int MaxQueueSeconds = 30;

    public ValidateOptionsResult Validate(string? name, VoordeMensenOptions options)
    {
        if (name is null || !registry.Contains(name))
        {
            return ValidateOptionsResult.Skip;
        }

        var path = registry.ConfigPath(name);
        var errors = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Client))
        {
            errors.Add($"{path}:Client is required");
        }
        else if (!ClientNamePattern().IsMatch(options.Client))
        {
            errors.Add($"{path}:Client must be a VdM client short name (letters, digits, '-' or '_')");
        }

        CheckUrl(options.BaseUrl, $"{path}:BaseUrl", errors);
        CheckUrl(options.TicketHostUrl, $"{path}:TicketHostUrl", errors);
        if (options.HasApiKey)
        {
            // The key travels in a header to the API host; order keys go to the ticket host. Plain http is only for
            // a VdM stand-in on this machine.
            CheckHttpsWithKey(options.BaseUrl, name, path, "BaseUrl", errors);
            CheckHttpsWithKey(options.TicketHostUrl, name, path, "TicketHostUrl", errors);
        }

        if (options.AttemptTimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            errors.Add($"{path}:AttemptTimeoutSeconds must be between 1 and {MaxTimeoutSeconds}");
        }

        if (options.TotalTimeoutSeconds < options.AttemptTimeoutSeconds || options.TotalTimeoutSeconds > MaxTimeoutSeconds)
        {
            errors.Add($"{path}:TotalTimeoutSeconds must be at least AttemptTimeoutSeconds and at most {MaxTimeoutSeconds}");
        }

        if (options.CircuitBreakerMinimumThroughput is < 2 or > MaxMinimumThroughput)
        {
            errors.Add($"{path}:CircuitBreakerMinimumThroughput must be between 2 and {MaxMinimumThroughput}");
        }

        if (options.MaxConcurrentCalls is < 1 or > MaxConcurrentCalls)
        {
            errors.Add($"{path}:MaxConcurrentCalls must be between 1 and {MaxConcurrentCalls}");
        }

        if (options.ConcurrencyQueueSeconds is < 0 or > MaxQueueSeconds)
        {
            errors.Add($"{path}:ConcurrencyQueueSeconds must be between 0 and {MaxQueueSeconds}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckUrl(string value, string key, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{key} must be an absolute http(s) URL or empty");
        }
    }

    private static void CheckHttpsWithKey(string value, string clientKey, string path, string setting, List<string> errors)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            var inherited = clientKey == VoordeMensenClientRegistry.DefaultKey
                ? ""
                : $" (or {VoordeMensenClientRegistry.SectionName}:{setting}, which it inherits)";
            errors.Add($"{path}:{setting}{inherited} must use https:// when {path}:ApiKey is set (plain http:// only for localhost or a loopback address)");
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex ClientNamePattern();
}
