using Microsoft.Extensions.Options;

namespace GeoGraph.Tests.Infrastructure;

/// <summary>The error that stopped a test host from starting, out of the wrappers hosting puts around it.</summary>
public static class StartupErrors
{
    public static Exception Innermost(Exception error) => error switch
    {
        OptionsValidationException => error,
        AggregateException { InnerExceptions: [var inner, ..] } => Innermost(inner),
        { InnerException: { } inner } => Innermost(inner),
        _ => error,
    };
}
