using Checkout.Sandbox.Faults;

namespace Checkout.Sandbox.Hosting;

/// <summary>Bound from the "Sandbox" configuration section.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>How long a cart holds its seats after its last change.</summary>
    public int HoldMinutes { get; set; } = 15;

    /// <summary>How long "pay later" on the payment simulator stays pending before it becomes paid.</summary>
    public int PayLaterSeconds { get; set; } = 20;

    /// <summary>Peppered API keys per VdM client name.</summary>
    public Dictionary<string, SandboxClientOptions> Clients { get; set; } = new()
    {
        [SandboxDemoIds.DemoClient] = new() { ApiKey = "sandbox-demo-key" },
        [SandboxDemoIds.FringeClient] = new() { ApiKey = "sandbox-fringe-key" },
    };

    /// <summary>
    /// True: behave only as VdM documents, with every invention of <see cref="Inventions"/> switched off (Peppered
    /// carts unknown for public cart ids, no customer link by e-mail, unpaid orders never cancelled by the clock,
    /// no implicit carts, generic 400 refusals). False (default): the demo behaviour.
    /// </summary>
    public bool DocsOnly { get; set; }

    /// <summary>Fault injection rules active from start-up; none by default.</summary>
    public List<FaultRule> Faults { get; set; } = [];
}

public sealed class SandboxClientOptions
{
    public string ApiKey { get; set; } = "";

    // The key is a secret even in the sandbox: keep it out of logs and debugger output.
    public override string ToString() => "SandboxClientOptions { ApiKey = *** }";
}
