using FluentValidation;

namespace GeoGraph.Api.Problems;

public static class ProblemSetup
{
    /// <summary>RFC 9457 problem details for every error, with field names as they are spelled in JSON.</summary>
    public static IHostApplicationBuilder AddGraphProblems(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<GraphExceptionHandler>();
        // Binding failures (malformed JSON, wrong types) are thrown so the handler can name the field.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : ValidationFilter.CamelCasePath(member.Name);
        return builder;
    }
}
