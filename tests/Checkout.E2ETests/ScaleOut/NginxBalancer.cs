using System.Diagnostics;
using System.Globalization;

namespace Checkout.E2ETests.ScaleOut;

/// <summary>
/// nginx on a free loopback port in front of several app instances, with the topology docs/operations.md recommends:
/// page requests round-robin, Blazor's /_blazor traffic (negotiate and WebSocket) sticky per browser through an
/// affinity cookie nginx sets itself. Config, logs, pid and temp files live in a temp directory that is removed on
/// dispose; the process tree is killed then.
/// </summary>
public sealed class NginxBalancer : IAsyncDisposable
{
    public const string AffinityCookie = "checkout_affinity";

    private const string Executable = "/usr/sbin/nginx";

    private readonly Process process;
    private readonly string directory;

    private NginxBalancer(Process process, string directory, Uri address)
    {
        this.process = process;
        this.directory = directory;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The access log: one line per proxied request with the upstream that answered it.</summary>
    public string AccessLog => File.Exists(Path.Combine(directory, "access.log")) ? File.ReadAllText(Path.Combine(directory, "access.log")) : "";

    public static async Task<NginxBalancer> StartAsync(IReadOnlyList<Uri> instances)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: run ./build.sh test, which installs nginx.");
        }

        var directory = Directory.CreateTempSubdirectory("checkout-nginx-").FullName;
        // nginx workers may run as an unprivileged user; they read nothing here but must reach the directory.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        }
        var port = LoopbackPort.Free();
        var config = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(directory, port, instances));

        var process = Process.Start(new ProcessStartInfo(Executable)
        {
            ArgumentList = { "-p", directory, "-c", config, "-e", Path.Combine(directory, "error.log") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("nginx did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var balancer = new NginxBalancer(process, directory, new Uri($"http://127.0.0.1:{port}/"));
        if (!await LoopbackPort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(10)))
        {
            var errors = File.Exists(Path.Combine(directory, "error.log")) ? File.ReadAllText(Path.Combine(directory, "error.log")) : "";
            await balancer.DisposeAsync();
            throw new InvalidOperationException($"nginx did not listen on port {port} within 10 seconds: {errors}");
        }

        return balancer;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process.Dispose();
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    // proxy_set_header is not inherited by a location that sets any of its own, so every location repeats them.
    private const string Proxied = """
                proxy_http_version 1.1;
                proxy_set_header Host $http_host;
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
                proxy_set_header Upgrade $http_upgrade;
                proxy_set_header Connection $connection_upgrade;
        """;

    /// <summary>The tested configuration; docs/operations.md shows the same routing for production.</summary>
    private static string Config(string directory, int port, IReadOnlyList<Uri> instances)
    {
        var servers = string.Concat(instances.Select(i => $"        server {i.Authority};\n"));
        return string.Create(CultureInfo.InvariantCulture, $$"""
            daemon off;
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{directory}}/access.log;
                client_body_temp_path {{directory}}/client_body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                proxy_max_temp_file_size 0;

                # Static pages (programme, event) and prerenders may land anywhere: the instances share keys and sessions.
                upstream pages {
            {{servers}}    }
                # A circuit lives in one instance's memory: its negotiate and WebSocket must reach that instance.
                upstream circuits {
                    hash $cookie_{{AffinityCookie}} consistent;
            {{servers}}    }

                map $http_upgrade $connection_upgrade {
                    default upgrade;
                    ''      close;
                }
                # The first response gives a browser its own random affinity key.
                map $cookie_{{AffinityCookie}} $affinity_cookie {
                    ''      "{{AffinityCookie}}=$request_id; Path=/; HttpOnly; SameSite=Lax";
                    default "";
                }

                server {
                    listen 127.0.0.1:{{port}};
                    add_header Set-Cookie $affinity_cookie always;

                    # Pages: round-robin.
                    location / {
                        proxy_pass http://pages;
            {{Proxied}}
                    }
                    # Circuits: negotiate, WebSocket, disconnect beacon. A long read timeout keeps idle circuits open.
                    location ^~ /_blazor {
                        proxy_pass http://circuits;
            {{Proxied}}
                        proxy_read_timeout 300s;
                    }
                    # Static assets: any instance would do; the affinity hash keeps each browser's on one.
                    location ~ \.[A-Za-z0-9]+$ {
                        proxy_pass http://circuits;
            {{Proxied}}
                    }
                }
            }
            """);
    }
}
