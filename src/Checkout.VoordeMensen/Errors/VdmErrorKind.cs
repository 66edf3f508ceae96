namespace Checkout.VoordeMensen;

/// <summary>What went wrong in a call to VdM, independent of the transport details.</summary>
public enum VdmErrorKind
{
    /// <summary>404: the event, cart, order or customer does not exist.</summary>
    NotFound,

    /// <summary>422: VdM rejected the input; see <see cref="VoordeMensenException.FieldErrors"/>.</summary>
    Validation,

    /// <summary>401/403: the Peppered key is missing, wrong or not allowed.</summary>
    Unauthorized,

    /// <summary>Any other 4xx, e.g. sold out or a ticket-type cap reached.</summary>
    Rejected,

    /// <summary>5xx, 429, connection failure, an open circuit breaker or too many calls already waiting (the bulkhead).</summary>
    Unavailable,

    /// <summary>No answer within the configured attempt/total timeout.</summary>
    Timeout,

    /// <summary>The body was empty, not JSON, or not the expected shape.</summary>
    InvalidResponse,
}
