namespace Checkout.Web.Shell.Security;

/// <summary>Whether a holder's share of a pool was set, and the pool's live total afterwards (with the share as it now is).</summary>
public readonly record struct PoolShare(bool Accepted, int Total);
