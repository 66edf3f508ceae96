using System.ComponentModel;
using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Events;

/// <summary>
/// The programme as cached for a client: the productions (public API) and, per performance VdM said it of, whether a
/// wheelchair place can be bought now (Peppered events list). Immutable for the same reason as <see cref="CachedList{T}"/>.
/// </summary>
[ImmutableObject(true)]
internal sealed record CachedProgramme(IReadOnlyList<Production> Productions, IReadOnlyDictionary<int, bool> WheelchairPlaces);
