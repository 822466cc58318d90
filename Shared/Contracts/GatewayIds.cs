namespace TrackHub.Shared.Contracts;

/// <summary>Gateway ids appear in topics, so they are restricted to characters that are safe there.</summary>
public static class GatewayIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
