using System.Reflection;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;

namespace Checkout.Tests.Shared.Fakes;

/// <summary>
/// An in-memory VdM for unit and component tests: every client key gets the same <see cref="FakeVdmPublic"/>.
/// Peppered is off unless <see cref="PepperedCartTimeOut"/> is set (then only the cart summary and empty-cart work).
/// </summary>
public sealed class FakeVdm : IVoordeMensenClients
{
    public FakeVdmPublic Public { get; } = new();

    /// <summary>When set, the client has a Peppered key and cart summaries report this hold end.</summary>
    public DateTimeOffset? PepperedCartTimeOut { get; set; }

    /// <summary>Names of the calls made, in order (e.g. "CreateCart", "AddTickets", "Peppered.GetCartSummary").</summary>
    public List<string> Calls => Public.Calls;

    public IReadOnlyCollection<string> ClientKeys => ["default", "fringe"];

    public IVoordeMensenClient For(string clientKey) => new Client(clientKey, this);

    private sealed class Client(string key, FakeVdm vdm) : IVoordeMensenClient
    {
        public string ClientKey => key;
        public string ClientName => key == "default" ? "demo" : key;
        public bool HasPepperedKey => vdm.PepperedCartTimeOut is not null;
        public IVdmPublicService Public => vdm.Public;
        public IVdmPepperedService Peppered => PepperedProxy.Create(vdm);
    }

    /// <summary>Only the Peppered calls the shop uses; anything else fails the test loudly.</summary>
    public class PepperedProxy : DispatchProxy
    {
        private FakeVdm? vdm;

        public static IVdmPepperedService Create(FakeVdm vdm)
        {
            var proxy = DispatchProxy.Create<IVdmPepperedService, PepperedProxy>();
            ((PepperedProxy)(object)proxy).vdm = vdm;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var fake = vdm!;
            var cartId = (string)args![0]!;
            fake.Calls.Add("Peppered." + targetMethod!.Name.Replace("Async", "", StringComparison.Ordinal));
            return targetMethod.Name switch
            {
                nameof(IVdmPepperedService.GetCartSummaryAsync) => Task.FromResult(new PepperedCartSummary(
                    cartId, fake.PepperedCartTimeOut, fake.Public.LinesOf(cartId).Count, fake.Public.LinesOf(cartId).Sum(l => l.Price))),
                nameof(IVdmPepperedService.EmptyCartAsync) => fake.Public.Empty(cartId),
                _ => throw new NotSupportedException($"The fake VdM does not implement Peppered {targetMethod.Name}."),
            };
        }
    }
}
