namespace Checkout.VoordeMensen.Configuration;

/// <summary>How the Peppered API key is put into the Authorization header.</summary>
public enum VdmAuthStyle
{
    /// <summary><c>Authorization: &lt;key&gt;</c>, no scheme.</summary>
    Raw,

    /// <summary><c>Authorization: Basic base64("&lt;key&gt;:")</c>.</summary>
    Basic,
}
