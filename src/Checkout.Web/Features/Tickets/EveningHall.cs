using System.Text.Json.Serialization;

namespace Checkout.Web.Features.Tickets;

/// <summary>Where a performance is: the hall's name and, when VdM gave one, its address.</summary>
public sealed record EveningHall(string Name, string? Street, string? Zip, string? City)
{
    /// <summary>"Leidsekade 90, 1017 PN Amsterdam"; null without an address.</summary>
    [JsonIgnore]
    public string? Address
    {
        get
        {
            var place = string.Join(' ', new[] { Zip, City }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var parts = new[] { Street, place }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            return parts.Count == 0 ? null : string.Join(", ", parts);
        }
    }

    /// <summary>The hall and its address in one line, as a calendar or a map search takes it.</summary>
    [JsonIgnore]
    public string Location => string.Join(", ", new[] { Name, Address }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
