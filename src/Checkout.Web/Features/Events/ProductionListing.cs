using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Events;

/// <summary>A production as listed: all its performances (for comparisons) and the ones the filter lets through.</summary>
public sealed record ProductionListing(Production Production, IReadOnlyList<Performance> Shown);
