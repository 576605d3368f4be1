using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Tests;

/// <summary>Every pair of expo states: exactly the four documented moves are allowed.</summary>
public sealed class ExpoRulesTests
{
    private static readonly HashSet<(ExpoState, ExpoState)> Allowed =
    [
        (ExpoState.Draft, ExpoState.Published),
        (ExpoState.Published, ExpoState.ClosedForApplications),
        (ExpoState.ClosedForApplications, ExpoState.Published),
        (ExpoState.ClosedForApplications, ExpoState.Finished),
    ];

    public static TheoryData<ExpoState, ExpoState> Pairs()
    {
        var data = new TheoryData<ExpoState, ExpoState>();
        foreach (var from in Enum.GetValues<ExpoState>())
        {
            foreach (var to in Enum.GetValues<ExpoState>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Only_the_documented_moves_are_allowed(ExpoState from, ExpoState to) =>
        Assert.Equal(Allowed.Contains((from, to)), ExpoRules.CanMove(from, to));
}
