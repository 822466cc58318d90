using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TrackHub.Domain.Model;

namespace TrackHub.Domain.Checkpoints;

/// <summary>
/// An <see cref="ObservationRef"/> as the text <c>gateway/epoch/seq#index</c> (its <c>ToString</c>): evidence makes up
/// most of a checkpoint, and this halves it. Read from the right, so a gateway id with a <c>/</c> still round-trips.
/// </summary>
internal sealed class ObservationRefTextConverter : JsonConverter<ObservationRef>
{
    public override ObservationRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("an observation reference must be a string 'gateway/epoch/seq#index'");
        var hash = text.LastIndexOf('#');
        var seqAt = hash > 0 ? text.LastIndexOf('/', hash - 1) : -1;
        var epochAt = seqAt > 0 ? text.LastIndexOf('/', seqAt - 1) : -1;
        if (epochAt <= 0
            || !long.TryParse(text.AsSpan(epochAt + 1, seqAt - epochAt - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            || !long.TryParse(text.AsSpan(seqAt + 1, hash - seqAt - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            || !int.TryParse(text.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            throw new JsonException($"'{text}' is not an observation reference 'gateway/epoch/seq#index'");
        }

        return new ObservationRef(text[..epochAt], epoch, seq, index);
    }

    public override void Write(Utf8JsonWriter writer, ObservationRef value, JsonSerializerOptions options) =>
        writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{value.Gateway}/{value.Epoch}/{value.Seq}#{value.Index}"));
}
