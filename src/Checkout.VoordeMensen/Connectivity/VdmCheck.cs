namespace Checkout.VoordeMensen.Connectivity;

/// <summary>What was checked: the public event list, or the Peppered key with one cheap authenticated read.</summary>
public enum VdmCheckKind
{
    EventList,
    PepperedKey,
}

public enum VdmCheckStatus
{
    Ok,

    /// <summary>VdM answered 404 on the event list: it does not know the configured client name.</summary>
    ClientUnknown,

    /// <summary>VdM answered 401/403 to the Peppered key.</summary>
    KeyRefused,

    /// <summary>No answer in time, no connection, or a 5xx/429.</summary>
    Unreachable,

    /// <summary>An answer, but not what VdM sends (HTML, not JSON, the wrong shape, an unexpected status).</summary>
    InvalidResponse,
}

/// <summary>One check's outcome; <see cref="Message"/> says what an operator should fix and never holds the API key.</summary>
public sealed record VdmCheck(VdmCheckKind Kind, VdmCheckStatus Status, string Message)
{
    public bool IsOk => Status == VdmCheckStatus.Ok;
}
