namespace Checkout.VoordeMensen.Json;

/// <summary>Marks a wire type that is a JSON array on success, so an object body is read as an error.</summary>
internal interface IWireArray;
