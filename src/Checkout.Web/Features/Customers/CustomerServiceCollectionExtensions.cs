using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Checkout.Web.Features.Customers;

internal static class CustomerServiceCollectionExtensions
{
    /// <summary>Identified checkout: e-mail codes, signed identity tokens, Peppered customers and their orders.</summary>
    public static IServiceCollection AddCheckoutCustomers(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddOptions<CustomerRateLimitOptions>().BindConfiguration(CustomerRateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CustomerRateLimitOptions>, CustomerRateLimitOptionsValidator>();
        services.AddSingleton<IValidateOptions<IdentityOptions>, IdentityOptionsValidator>();
        foreach (var key in ClientKeys.From(configuration))
        {
            services.AddOptions<IdentityOptions>(key).BindConfiguration(ClientKeys.SettingPath(key, "Identity")).ValidateOnStart();
        }

        // Shared by every instance when the host connected Redis (scale-out), otherwise this instance's memory.
        services.TryAddSingleton<IAttemptCounters>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? new RedisAttemptCounters(redis)
            : new MemoryAttemptCounters(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<OneTimeCodeStore>();
        services.AddSingleton<VerifiedIdentityStore>();
        services.AddSingleton<PendingIdentityStore>();
        services.AddSingleton<VerificationTickets>();
        services.AddSingleton<IdentityTokens>();
        services.AddSingleton<CustomerRateLimits>();
        services.AddSingleton<IVisitorStateCarrier, CustomerStateCarrier>();
        services.AddSingleton<CustomerMailRouting>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<DevelopmentMailbox>();
        services.AddHostedService<MailDeliveryService>();
        services.AddScoped<CustomerRecords>();
        services.AddScoped<CustomerOrderHistory>();
        services.AddScoped<CustomerIdentityService>();
        services.AddScoped<IdentityLinks>();
        return services;
    }

    /// <summary>
    /// After the visitor middleware: token links and verification tickets on page requests; the development mailbox in
    /// sandbox mode where it may be shown (<see cref="CustomerMailRouting.MailboxShown"/>).
    /// </summary>
    public static WebApplication UseCheckoutCustomers(this WebApplication app)
    {
        app.UseMiddleware<IdentityLinkMiddleware>();
        if (string.IsNullOrWhiteSpace(app.Configuration["Mail:Host"]) && CustomerMailRouting.AnyClientUsesSandbox(app.Configuration)
            && CustomerMailRouting.MailboxShown(app.Configuration, app.Environment))
        {
            app.MapDevelopmentMailbox();
        }

        return app;
    }
}
