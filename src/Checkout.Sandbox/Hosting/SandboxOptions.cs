using System.Security.Cryptography;
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

    /// <summary>
    /// Peppered API keys per VdM client name. Unless configured, each seeded client gets a random key per process: a
    /// key printed in a public repository would hand the demo buyers' details to anyone who can reach the sandbox.
    /// </summary>
    public Dictionary<string, SandboxClientOptions> Clients { get; set; } = new()
    {
        [SandboxDemoIds.DemoClient] = new() { ApiKey = RandomKey() },
        [SandboxDemoIds.FringeClient] = new() { ApiKey = RandomKey() },
    };

    /// <summary>
    /// True: behave only as VdM documents, with every invention of <see cref="Inventions"/> switched off (Peppered
    /// carts unknown for public cart ids, no customer link by e-mail, unpaid orders never cancelled by the clock,
    /// no implicit carts, generic 400 refusals). False (default): the demo behaviour.
    /// </summary>
    public bool DocsOnly { get; set; }

    /// <summary>Fault injection rules active from start-up; none by default.</summary>
    public List<FaultRule> Faults { get; set; } = [];

    /// <summary>A Peppered key nobody knows: 256 bits from the OS generator.</summary>
    public static string RandomKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

public sealed class SandboxClientOptions
{
    public string ApiKey { get; set; } = "";

    // The key is a secret even in the sandbox: keep it out of logs and debugger output.
    public override string ToString() => "SandboxClientOptions { ApiKey = *** }";
}
