using System.Diagnostics.CodeAnalysis;

namespace Checkout.VoordeMensen.Carts;

/// <summary>The answer of a VdM call that does not throw: a value, or why VdM refused (never both).</summary>
public sealed record VdmResult<T>
{
    internal VdmResult(T? value, VdmRefusal? refusal, string? message)
    {
        Value = value;
        Refusal = refusal;
        Message = message;
    }

    /// <summary>The answer; the type's default when refused.</summary>
    public T? Value { get; }

    public VdmRefusal? Refusal { get; }

    /// <summary>VdM's own message with a refusal (never a key or header), for a refusal no translation can name.</summary>
    public string? Message { get; }

    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;
}
