using FluentValidation;

namespace GeoGraph.Api.OpenApi;

/// <summary>The rules the request validators enforce, for filters that write them into the document.</summary>
internal static class Validators
{
    /// <summary>The rules of the validator registered for <paramref name="type"/>, or null when it has none (a response type).</summary>
    public static IValidatorDescriptor? DescriptorOf(IServiceProvider services, Type type) =>
        (services.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator)?.CreateDescriptor();
}
