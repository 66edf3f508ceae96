using System.ComponentModel;

namespace Checkout.Web.Features.Events;

/// <summary>
/// A cached VdM list. HybridCache hands every request the same instance only for a sealed type marked immutable;
/// for a bare list it would deserialize the whole programme again on each page view. Nobody mutates these records.
/// </summary>
[ImmutableObject(true)]
internal sealed record CachedList<T>(IReadOnlyList<T> Items);
