using TrackHub.Shared.Configuration;

namespace TrackHub.Domain.Configuration;

/// <summary>Rule thresholds must be numbers a real site could use; anything else is a typo that would break resolution.</summary>
internal static class RuleChecks
{
    public static void Check(RulesDefinition? rules, List<string> errors)
    {
        if (rules is null)
        {
            errors.Add("rules: empty (leave the section out to use the defaults)");
            return;
        }

        Range(errors, "gateWindowSeconds", rules.GateWindowSeconds, 0, 300, "s");
        Range(errors, "gateGroupSeconds", rules.GateGroupSeconds, 0, 120, "s");
        Range(errors, "bleWindowSeconds", rules.BleWindowSeconds, 0, 3600, "s");
        Range(errors, "ignitionGapMinutes", rules.IgnitionGapMinutes, 0, 1440, "min");
        if (!(rules.BleMarginDb >= 0 && rules.BleMarginDb <= 40))
        {
            errors.Add($"rules: bleMarginDb {rules.BleMarginDb} dB is out of range [0, 40]");
        }
    }

    private static void Range(List<string> errors, string name, double value, double above, double atMost, string unit)
    {
        if (!(value > above && value <= atMost))
        {
            errors.Add($"rules: {name} {value} {unit} is out of range ({above}, {atMost}]");
        }
    }
}
