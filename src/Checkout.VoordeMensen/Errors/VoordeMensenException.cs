namespace Checkout.VoordeMensen;

/// <summary>
/// The one exception the library throws for failed VdM calls. <see cref="Exception.Message"/> is
/// VdM's own <c>message</c> when it sent one (e.g. "Event not found"). Never carries the API key or
/// request headers.
/// </summary>
public sealed class VoordeMensenException : Exception
{
    public VoordeMensenException(
        VdmErrorKind kind,
        string message,
        int? statusCode = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? fieldErrors = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        FieldErrors = fieldErrors ?? new Dictionary<string, IReadOnlyList<string>>();
    }

    public VdmErrorKind Kind { get; }

    /// <summary>HTTP status, or null when no response arrived (timeout, connection failure).</summary>
    public int? StatusCode { get; }

    /// <summary>Per-field messages of a 422 validation error (wire field names as keys).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }

    /// <summary>Whether the same request may succeed later without changes.</summary>
    public bool IsRetryable => Kind is VdmErrorKind.Unavailable or VdmErrorKind.Timeout;
}
