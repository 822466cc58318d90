namespace TrackHub.Shared.Contracts;

/// <summary>Why a payload or one of its items was not applied: a stable <see cref="Code"/> (for metrics) and a human detail.</summary>
public sealed record Rejection(string Code, string Detail)
{
    public override string ToString() => $"{Code}: {Detail}";
}

/// <summary>The fixed set of rejection codes.</summary>
public static class RejectionCodes
{
    public const string NotJson = "not-json";
    public const string NotAnObject = "not-an-object";
    public const string UnsupportedVersion = "unsupported-version";
    public const string MissingField = "missing-field";
    public const string InvalidField = "invalid-field";
    public const string GatewayMismatch = "gateway-mismatch";
    public const string ItemMalformed = "item-malformed";
    public const string ItemInvalid = "item-invalid";

    /// <summary>An item stamped further in the future than the receiver's clock allows: a device clock is wrong.</summary>
    public const string ClockSkew = "clock-skew";
}
