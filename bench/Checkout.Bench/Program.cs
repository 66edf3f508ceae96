using Checkout.Bench;

// Usage: Checkout.Bench <stampede|purchases|memory|circuit-heap|cart-cookie|hoarder> --base-url <app> [--summary <file>]
//        [--details <file>] [--count <n>] (circuit-heap also --gcdump <tool> --pid <app pid> --out <dir>; hoarder also
//        --key <Peppered key> --cap <seats per address> --max-hold-seconds <n> --run-seconds <n>). bench/run.sh, bench/circuit-heap.sh and bench/hoarder.sh start the app and
//        call the commands; see bench/README.md.
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Checkout.Bench <stampede|purchases|memory|circuit-heap|cart-cookie|hoarder> --base-url <url> [--summary <file>] [--details <file>] [--count <n>] [--gcdump <tool> --pid <pid> --out <dir>] [--key <key> --cap <n> --max-hold-seconds <n> --run-seconds <n>]");
    return 2;
}

var report = new Report(options.SummaryFile, options.DetailsFile);
using var http = new HttpClient { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
var admin = new SandboxAdmin(http);

switch (options.Command)
{
    case "stampede":
        await new StampedeBench(options.BaseUrl, admin, report).RunAsync(options.Count ?? 500);
        break;
    case "purchases":
        await using (var browser = await Browser.LaunchAsync())
        {
            await new PurchaseBench(options.BaseUrl, admin, browser, report).RunAsync(options.Count ?? 30);
        }
        break;
    case "memory":
        await using (var browser = await Browser.LaunchAsync())
        {
            await new CircuitMemoryBench(options.BaseUrl, admin, browser, report).RunAsync(options.Count ?? 50);
        }
        break;
    case "circuit-heap":
        // The memory figure with a dotnet-gcdump snapshot at each reading (bench/circuit-heap.sh compares them).
        if (!options.Named.TryGetValue("--gcdump", out var tool) || !options.Named.TryGetValue("--pid", out var pid) || !options.Named.TryGetValue("--out", out var dir))
        {
            Console.Error.WriteLine("circuit-heap needs --gcdump <dotnet-gcdump> --pid <app pid> --out <directory>");
            return 2;
        }

        await using (var browser = await Browser.LaunchAsync())
        {
            var snapshots = new HeapSnapshots(tool, int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture), dir);
            await new CircuitMemoryBench(options.BaseUrl, admin, browser, report).RunAsync(options.Count ?? 50, snapshots.TakeAsync);
        }
        break;
    case "hoarder":
        // Plays the seat hoarder of issue 16 (bench/hoarder.sh): what one address can hold, and for how long.
        await using (var browser = await Browser.LaunchAsync())
        {
            using var seats = new SandboxSeats(options.BaseUrl, options.Named.GetValueOrDefault("--key", "sandbox-demo-key"));
            int Named(string name, int fallback) => int.Parse(options.Named.GetValueOrDefault(name, $"{fallback}"), System.Globalization.CultureInfo.InvariantCulture);
            await new HoarderBench(options.BaseUrl, seats, browser, report).RunAsync(
                options.Count ?? 60, Named("--cap", 40), TimeSpan.FromSeconds(Named("--max-hold-seconds", 1800)), TimeSpan.FromSeconds(Named("--run-seconds", 300)));
        }
        break;
    case "cart-cookie":
        // A visitor with one ticket in the cart, for Lighthouse's --extra-headers: prints the Cookie header value.
        using (var visitor = new ShopVisitor(options.BaseUrl))
        {
            await visitor.AddToCartAsync(Performances.Pick(options.Count ?? 0), quantity: 1);
            Console.WriteLine(visitor.CookieHeader);
        }
        break;
}

return 0;
