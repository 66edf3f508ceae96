namespace Checkout.Surge;

/// <summary>Processes of one role whose CPU and memory a step reports; each root's child processes count too (nginx workers).</summary>
public sealed record WatchedGroup(string Role, IReadOnlyList<int> Roots)
{
    public const string Shop = "shop";
    public const string Sandbox = "sandbox (VdM)";
    public const string Nginx = "nginx";
    public const string Redis = "redis";
    public const string Generator = "load generator";
}
