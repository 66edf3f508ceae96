namespace Checkout.VoordeMensen.Configuration;

/// <summary>
/// Settings of one VdM client (white-label venue). Bound per client key as named options;
/// the default client comes from the "VoordeMensen" section.
/// </summary>
public sealed class VoordeMensenOptions
{
    /// <summary>
    /// API base as VdM documents it: https://api.voordemensen.nl/ or https://api.voordemensen.nl/v1/ (with or without
    /// the trailing slash; a path prefix such as a proxy's /vdm/ is kept). Empty = embedded sandbox.
    /// </summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>VdM client_name used in /v1/{client_name}/….</summary>
    public string Client { get; set; } = "";

    /// <summary>Peppered API key; empty disables Peppered calls.</summary>
    public string ApiKey { get; set; } = "";

    public VdmAuthStyle AuthStyle { get; set; } = VdmAuthStyle.Raw;

    /// <summary>Ticket host root for the payment check; empty = VdM's https://tickets.voordemensen.nl/.</summary>
    public string TicketHostUrl { get; set; } = "";

    public int AttemptTimeoutSeconds { get; set; } = 10;

    public int TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Calls within the breaker's sampling window (at least 30 s) before it may open; the standard 100 lets a quiet
    /// shop hammer a dead VdM for long, a low value (tests, small venues) opens it sooner. Break: 5 s.
    /// </summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 100;

    /// <summary>
    /// Calls to this client's VdM (API and ticket host together) in flight at once; more wait in line (see
    /// <see cref="ConcurrencyQueueSeconds"/>). Bounds what one visitor's flood or a slow VdM can tie up.
    /// </summary>
    public int MaxConcurrentCalls { get; set; } = 32;

    /// <summary>How long a call beyond <see cref="MaxConcurrentCalls"/> waits for a free place before it fails as unavailable (0 = not at all).</summary>
    public int ConcurrencyQueueSeconds { get; set; } = 2;

    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

    // The key must never end up in logs or exception messages, so only its presence is printed.
    public override string ToString() =>
        $"VoordeMensenOptions {{ BaseUrl = {BaseUrl}, Client = {Client}, ApiKey = {(HasApiKey ? "***" : "(none)")}, " +
        $"AuthStyle = {AuthStyle}, TicketHostUrl = {TicketHostUrl}, AttemptTimeoutSeconds = {AttemptTimeoutSeconds}, " +
        $"TotalTimeoutSeconds = {TotalTimeoutSeconds}, " +
        $"CircuitBreakerMinimumThroughput = {CircuitBreakerMinimumThroughput}, MaxConcurrentCalls = {MaxConcurrentCalls}, " +
        $"ConcurrencyQueueSeconds = {ConcurrencyQueueSeconds} }}";
}
