namespace Checkout.Web.Shell.Embedding;

/// <summary>Resource marker for what the shop shows about the venue page: the basket counter, in-app browsers.</summary>
public sealed class EmbeddingText;
