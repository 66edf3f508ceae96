namespace Checkout.Web.Features.Customers;

/// <summary>A plain-text mail, already translated and addressed.</summary>
public sealed record OutgoingMail(string To, string FromName, string Subject, string Body, bool ViaDevelopmentMailbox);
