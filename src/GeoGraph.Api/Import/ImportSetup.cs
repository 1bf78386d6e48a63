namespace GeoGraph.Api.Import;

public static class ImportSetup
{
    /// <summary>The import limits (section <c>Import</c>), checked at start.</summary>
    public static IHostApplicationBuilder AddGraphImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
