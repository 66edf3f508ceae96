namespace Checkout.Web.Shell.Security;

/// <summary>Hits in the current window of a counter, this one included, and how long until the window ends.</summary>
public readonly record struct WindowCount(long Count, TimeSpan ResetsIn);
