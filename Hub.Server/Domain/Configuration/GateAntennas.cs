using TrackHub.Domain.Resolution.Gates;

namespace TrackHub.Domain.Configuration;

/// <summary>(reader, antenna) → the gate side it watches; an antenna can watch only one side of one gate.</summary>
internal static class GateAntennas
{
    public static Dictionary<(string Reader, int Antenna), GateSide> Build(DocumentIndex index, List<string> errors)
    {
        var sides = new Dictionary<(string, int), GateSide>();
        foreach (var (id, gate) in index.Gates)
        {
            var item = $"gate '{id}'";
            var outside = gate.OutsideAntennas ?? [];
            var inside = gate.InsideAntennas ?? [];
            if (outside.Count == 0 || inside.Count == 0)
            {
                errors.Add($"{item}: needs at least one outside and one inside antenna to tell direction");
            }

            foreach (var antenna in outside.Intersect(inside))
            {
                errors.Add($"{item}: antenna {antenna} is on both sides");
            }

            Add(sides, gate.Reader, outside, new GateSide(gate, Inside: false), item, errors);
            Add(sides, gate.Reader, inside, new GateSide(gate, Inside: true), item, errors);
        }

        return sides;
    }

    private static void Add(Dictionary<(string, int), GateSide> sides, string reader, IReadOnlyList<int> antennas, GateSide side, string item, List<string> errors)
    {
        foreach (var antenna in antennas)
        {
            if (antenna is < 0 or > 65535)
            {
                errors.Add($"{item}: antenna {antenna} is out of range 0..65535");
            }
            else if (reader is not null && sides.TryGetValue((reader, antenna), out var other) && !ReferenceEquals(other.Gate, side.Gate))
            {
                errors.Add($"{item}: reader '{reader}' antenna {antenna} already watches gate '{other.Gate.Id}'");
            }
            else if (reader is not null)
            {
                sides.TryAdd((reader, antenna), side);
            }
        }
    }
}
