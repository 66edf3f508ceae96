namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// For tests that load the whole machine (a hundred browser pages): xunit runs this collection after the others,
/// by itself, so that neither its timings nor the other tests' timeouts measure the load the other side causes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
