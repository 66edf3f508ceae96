namespace Checkout.Web.Features.Tickets;

/// <summary>What VdM says about one performance: from the public programme or Peppered's events.</summary>
internal sealed record PerformanceFacts(int Id, string Name, DateTimeOffset? Start, DateTimeOffset? End, int? HallId, string? HallName);
