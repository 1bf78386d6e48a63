using System.Text.Json;
using FluentValidation;
using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Problems;

/// <summary>
/// One endpoint filter for every route: route ids must be slugs, and every argument with a registered
/// FluentValidation validator is validated before the handler runs. Failures are 400 validation problems.
/// </summary>
public static class ValidationFilter
{
    /// <summary>Key under which a route group's node category reaches validators.</summary>
    public const string CategoryKey = nameof(NodeCategory);

    public static TBuilder WithValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var checks = factory.MethodInfo.GetParameters()
                .Select((parameter, index) => (parameter, index,
                    validator: factory.ApplicationServices.GetService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType)) as IValidator))
                .Where(check => check.validator is not null || IsRouteId(check.parameter.Name))
                .ToArray();
            if (checks.Length == 0)
                return next;
            return async context =>
            {
                var errors = new Dictionary<string, string[]>();
                foreach (var (parameter, index, validator) in checks)
                {
                    var argument = context.Arguments[index];
                    if (IsRouteId(parameter.Name) && argument is string id && !Slug.IsValid(id))
                        errors[parameter.Name!] = [$"'{id}' is not an id: ids are slugs of lower-case ASCII letters and digits joined by single hyphens (at most {Slug.MaxLength} characters)."];
                    if (validator is null || argument is null)
                        continue;
                    var validation = new ValidationContext<object>(argument);
                    if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<NodeCategoryMetadata>() is { } category)
                        validation.RootContextData[CategoryKey] = category.Category;
                    var result = await validator.ValidateAsync(validation, context.HttpContext.RequestAborted);
                    foreach (var group in result.Errors.GroupBy(error => error.PropertyName))
                        errors[CamelCasePath(group.Key)] = [.. group.Select(error => error.ErrorMessage)];
                }
                return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
            };
        });
        return builder.ProducesValidationProblem();
    }

    /// <summary>"Provenance.Source" becomes "provenance.source", as the field is named in JSON.</summary>
    public static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static bool IsRouteId(string? name) => name is "id";
}

/// <summary>Tells validators which node category a route group serves.</summary>
public sealed record NodeCategoryMetadata(NodeCategory Category);
