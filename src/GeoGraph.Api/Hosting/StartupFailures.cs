using GeoGraph.Core.Graph;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Hosting;

/// <summary>
/// Runs the service; when it cannot start for a reason an operator can fix (a bad setting, an unreachable or
/// unwritable store, a port in use), prints one line saying what to fix and exits with code 1 instead of a stack
/// trace. Anything else is a bug and keeps its stack trace.
/// </summary>
public static class StartupFailures
{
    public const int ExitCode = 1;

    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        // Taken before the run: RunAsync disposes the host's services when it ends.
        var started = app.Lifetime.ApplicationStarted;
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception error) when (!started.IsCancellationRequested && Explain(error) is { } reason)
        {
            await Console.Error.WriteLineAsync($"GeoGraph could not start: {reason}");
            return ExitCode;
        }
    }

    /// <summary>What to fix, from the first failure an operator can act on (start errors may come wrapped); else null.</summary>
    internal static string? Explain(Exception error) => error switch
    {
        OptionsValidationException invalid => $"a setting is not valid: {string.Join(" ", invalid.Failures)}",
        StoreUnavailableException unavailable => unavailable.Message,
        IOException { InnerException: AddressInUseException } inUse => $"{inUse.Message} Stop what listens there or choose another address with --urls.",
        // How configuration binding reports a value it cannot convert (e.g. a TimeSpan setting of "soon").
        InvalidOperationException { Message: var message } when message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            $"a setting is not valid: {message}",
        AggregateException aggregate => aggregate.InnerExceptions.Select(Explain).FirstOrDefault(reason => reason is not null),
        { InnerException: { } inner } => Explain(inner),
        _ => null,
    };
}
