using System.Buffers;
using System.Text.Json;
using TrackHub.Shared.Contracts;

namespace TrackHub.Edge.Publishing;

/// <summary>
/// Writes the <c>obs</c> envelope around a stored batch. The observations were serialised once when the batch was
/// stored; only <c>sent</c> and <c>oldest</c> change between sends, so the stored array is copied in as it is.
/// </summary>
public static class BatchEnvelope
{
    public static byte[] Write(string gateway, long epoch, long sequence, long? oldest, DateTimeOffset sent, ReadOnlySpan<byte> observationsJson)
    {
        var buffer = new ArrayBufferWriter<byte>(observationsJson.Length + 192);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", WireContract.Version);
            writer.WriteString("gw", gateway);
            writer.WriteNumber("epoch", epoch);
            writer.WriteNumber("seq", sequence);
            if (oldest is { } o)
            {
                writer.WriteNumber("oldest", o);
            }

            writer.WriteString("sent", UtcTimestampConverter.Format(sent));
            writer.WritePropertyName("obs");
            writer.WriteRawValue(observationsJson, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
