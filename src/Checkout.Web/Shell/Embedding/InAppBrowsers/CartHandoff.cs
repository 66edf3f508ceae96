namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>A one-time link's server side: whose cart it carries. Stored under a hash of the token, never the token.</summary>
public sealed record CartHandoff(string ClientKey, string VisitorId);
