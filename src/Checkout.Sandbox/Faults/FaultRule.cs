using System.Text.Json.Serialization;

namespace Checkout.Sandbox.Faults;

[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>Delay the response by Value milliseconds, then answer normally.</summary>
    Latency,

    /// <summary>Answer with HTTP status Value and a {"message"} body.</summary>
    Status,

    /// <summary>Never answer; the request ends only when the caller gives up.</summary>
    Hang,

    /// <summary>200 with a truncated JSON body.</summary>
    Malformed,

    /// <summary>An HTML error page (status Value, default 502), as a proxy in front of the API would send.</summary>
    Html,

    /// <summary>200 with an empty body.</summary>
    Empty,
}

/// <summary>
/// Which requests misbehave and how. Endpoint matches the endpoint name ("events", "cart.add",
/// "peppered.*"); Path matches the path after the prefix ("/v1/demo/cart/*"); both accept "*"
/// wildcards and an absent value matches everything.
/// </summary>
public sealed class FaultRule
{
    public string? Endpoint { get; set; }
    public string? Path { get; set; }
    public string? Client { get; set; }
    public FaultKind Kind { get; set; }
    public int Value { get; set; }

    /// <summary>Only the next N matching requests fail, then the endpoint recovers; absent = until cleared.</summary>
    public int? Count { get; set; }
}
