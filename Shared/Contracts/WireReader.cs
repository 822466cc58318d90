using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TrackHub.Shared.Contracts;

/// <summary>
/// Reads <c>obs</c> payloads the way the contract asks: a malformed envelope is rejected whole with its reason;
/// a bad item is rejected alone and the rest of the batch stands; unknown item types and fields are tolerated.
/// </summary>
public static class WireReader
{
    private static readonly HashSet<string> EnvelopeFields = ["v", "gw", "epoch", "seq", "oldest", "sent", "obs"];

    /// <param name="payload">The MQTT payload.</param>
    /// <param name="topicGateway">The gateway id from the topic, when known; the payload's <c>gw</c> must match it.</param>
    public static EnvelopeReadResult ReadBatch(ReadOnlyMemory<byte> payload, string? topicGateway = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException ex)
        {
            return EnvelopeReadResult.Reject(RejectionCodes.NotJson, ex.Message);
        }

        using (document)
        {
            return ReadBatch(document.RootElement, topicGateway);
        }
    }

    public static EnvelopeReadResult ReadBatch(JsonElement root, string? topicGateway = null)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return EnvelopeReadResult.Reject(RejectionCodes.NotAnObject, $"the payload is a JSON {root.ValueKind}, not an object");
        }

        if (!root.TryGetProperty("v", out var v))
        {
            return EnvelopeReadResult.Reject(RejectionCodes.MissingField, "'v' (payload version) is missing");
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version) || version != WireContract.Version)
        {
            return EnvelopeReadResult.Reject(RejectionCodes.UnsupportedVersion, $"'v' is {v.GetRawText()}; this hub reads version {WireContract.Version}");
        }

        if (!root.TryGetProperty("gw", out var gwElement) || gwElement.ValueKind != JsonValueKind.String)
        {
            return EnvelopeReadResult.Reject(RejectionCodes.MissingField, "'gw' (gateway id) is missing or not a string");
        }

        var gateway = gwElement.GetString()!;
        if (!GatewayIds.IsValid(gateway))
        {
            return EnvelopeReadResult.Reject(RejectionCodes.InvalidField, $"'gw' value '{Truncate(gateway)}' is not a valid gateway id");
        }

        if (topicGateway is not null && !string.Equals(topicGateway, gateway, StringComparison.Ordinal))
        {
            return EnvelopeReadResult.Reject(RejectionCodes.GatewayMismatch, $"'gw' is '{gateway}' but the topic names '{topicGateway}'");
        }

        if (!TryReadLong(root, "epoch", out var epoch, out var epochProblem) || epoch <= 0)
        {
            return EnvelopeReadResult.Reject(epochProblem ?? RejectionCodes.InvalidField, "'epoch' must be a positive integer (Unix milliseconds)");
        }

        if (!TryReadLong(root, "seq", out var seq, out var seqProblem) || seq < 0)
        {
            return EnvelopeReadResult.Reject(seqProblem ?? RejectionCodes.InvalidField, "'seq' must be a non-negative integer");
        }

        long? oldest = null;
        if (root.TryGetProperty("oldest", out var oldestElement) && oldestElement.ValueKind != JsonValueKind.Null)
        {
            if (!oldestElement.TryGetInt64(out var o) || o < 0 || o > seq)
            {
                return EnvelopeReadResult.Reject(RejectionCodes.InvalidField, "'oldest' must be an integer between 0 and 'seq'");
            }

            oldest = o;
        }

        DateTimeOffset? sent = null;
        if (root.TryGetProperty("sent", out var sentElement) && sentElement.ValueKind != JsonValueKind.Null)
        {
            try
            {
                sent = sentElement.Deserialize(WireJsonContext.Default.DateTimeOffset);
            }
            catch (JsonException ex)
            {
                return EnvelopeReadResult.Reject(RejectionCodes.InvalidField, "'sent': " + ex.Message);
            }
        }

        if (!root.TryGetProperty("obs", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return EnvelopeReadResult.Reject(RejectionCodes.MissingField, "'obs' is missing or not an array");
        }

        var unknownFields = 0;
        foreach (var property in root.EnumerateObject())
        {
            if (!EnvelopeFields.Contains(property.Name))
            {
                unknownFields++;
            }
        }

        var accepted = new List<Observation>(items.GetArrayLength());
        List<int>? sourceIndexes = null;
        List<ItemRejection>? rejected = null;
        List<string>? unknownTypes = null;
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            switch (ReadItem(item, out var observation, out var rejection, out var unknownType))
            {
                case ItemOutcome.Accepted:
                    if (sourceIndexes is null && accepted.Count != index)
                    {
                        sourceIndexes = [.. Enumerable.Range(0, accepted.Count)];
                    }

                    // Positions stay aligned with 'accepted' once anything has been skipped.
                    sourceIndexes?.Add(index);
                    accepted.Add(observation!);
                    unknownFields += observation!.UnknownFields?.Count ?? 0;
                    break;
                case ItemOutcome.UnknownType:
                    (unknownTypes ??= []).Add(unknownType!);
                    break;
                default:
                    (rejected ??= []).Add(new ItemRejection(index, rejection!, item.GetRawText()));
                    break;
            }

            index++;
        }

        return new EnvelopeReadResult
        {
            Batch = new ObsBatch
            {
                Version = version,
                Gateway = gateway,
                Epoch = epoch,
                Sequence = seq,
                Oldest = oldest,
                Sent = sent,
                Observations = accepted,
            },
            SourceIndexes = sourceIndexes,
            RejectedItems = rejected ?? [],
            UnknownTypes = unknownTypes ?? [],
            UnknownFieldCount = unknownFields,
            ItemCount = index,
        };
    }

    /// <summary>Reads one <c>obs</c> item on its own (the JSON-lines files of the edge and of hub replays use this).</summary>
    public static ItemOutcome ReadItem(JsonElement item, out Observation? observation, out Rejection? rejection, out string? unknownType)
    {
        observation = null;
        rejection = null;
        unknownType = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            rejection = new Rejection(RejectionCodes.ItemMalformed, $"an item is a JSON {item.ValueKind}, not an object");
            return ItemOutcome.Rejected;
        }

        if (!item.TryGetProperty("t", out var t) || t.ValueKind != JsonValueKind.String)
        {
            rejection = new Rejection(RejectionCodes.ItemMalformed, "'t' (observation type) is missing or not a string");
            return ItemOutcome.Rejected;
        }

        var type = t.GetString()!;
        JsonTypeInfo? info = type switch
        {
            ObservationTypes.Rfid => WireJsonContext.Default.RfidObservation,
            ObservationTypes.Ble => WireJsonContext.Default.BleObservation,
            ObservationTypes.Gps => WireJsonContext.Default.GpsObservation,
            ObservationTypes.Engine => WireJsonContext.Default.EngineObservation,
            ObservationTypes.Io => WireJsonContext.Default.IoObservation,
            _ => null,
        };
        if (info is null)
        {
            unknownType = Truncate(type);
            return ItemOutcome.UnknownType;
        }

        Observation? parsed;
        try
        {
            parsed = (Observation?)item.Deserialize(info);
        }
        catch (JsonException ex)
        {
            rejection = new Rejection(RejectionCodes.ItemMalformed, $"{type} item: {Describe(ex)}");
            return ItemOutcome.Rejected;
        }

        if (parsed is null)
        {
            rejection = new Rejection(RejectionCodes.ItemMalformed, $"{type} item is null");
            return ItemOutcome.Rejected;
        }

        // The discriminator "t" lands in the extension data of a concrete type; it is not an unknown field.
        if (parsed.UnknownFields is { } extra && extra.Remove("t") && extra.Count == 0)
        {
            parsed = parsed with { UnknownFields = null };
        }

        var problem = ObservationValidator.Validate(ref parsed);
        if (problem is not null)
        {
            rejection = new Rejection(RejectionCodes.ItemInvalid, problem);
            return ItemOutcome.Rejected;
        }

        observation = parsed;
        return ItemOutcome.Accepted;
    }

    private static bool TryReadLong(JsonElement root, string name, out long value, out string? problem)
    {
        value = 0;
        problem = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            problem = RejectionCodes.MissingField;
            return false;
        }

        return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out value);
    }

    private static string Describe(JsonException ex)
    {
        // STJ messages carry the JSON path; that is what an installer needs to find the field.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var path = ex.Path is { Length: > 0 } p ? $" (at {p})" : string.Empty;
        return (cut > 0 ? message[..cut] : message) + path;
    }

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "…";
}

public enum ItemOutcome
{
    Accepted,
    Rejected,
    UnknownType,
}
