using GeoGraph.Core.Graph;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Hosting;

/// <summary>
/// When the service cannot start for a reason an operator can fix (a bad setting, an unreachable or unwritable
/// store, a port in use), the process prints one line saying what to fix and exits with code 1 instead of dying
/// with a stack trace. Anything else is a bug and keeps its stack trace.
/// </summary>
public static class StartupFailures
{
    public const int ExitCode = 1;

    /// <summary>
    /// Explains a start failure that escapes <c>Main</c>. Only a process's unhandled exception counts, so a test host
    /// (which catches the entry point's exception) still sees the exception itself.
    /// </summary>
    public static WebApplication ExplainStartFailures(this WebApplication app)
    {
        var started = app.Lifetime.ApplicationStarted;
        AppDomain.CurrentDomain.UnhandledException += (_, unhandled) =>
        {
            if (started.IsCancellationRequested || unhandled.ExceptionObject is not Exception error || Explain(error) is not { } reason)
                return;
            Console.Error.WriteLine($"GeoGraph could not start: {reason}");
            Environment.Exit(ExitCode);
        };
        return app;
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
