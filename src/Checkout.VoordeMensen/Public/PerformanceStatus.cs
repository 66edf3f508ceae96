namespace Checkout.VoordeMensen.Public;

/// <summary>event_status of a sub event: pub, unpub, nosal, arch, trash.</summary>
public enum PerformanceStatus
{
    Published,
    Unpublished,
    NoSale,
    Archived,
    Trash,
    Unknown,
}
