namespace Portal.Core;

/// <summary>
/// Why an action was refused: <see cref="Message"/> is a localization key (the Chinese text) with
/// <see cref="Args"/> as its format arguments; <see cref="Field"/> names the form field, "" for the whole form.
/// </summary>
public sealed record Refusal(string Field, string Message, object[]? Args = null)
{
    public static Refusal Form(string message, params object[] args) => new("", message, args);
}
