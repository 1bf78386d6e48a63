using System.Text.RegularExpressions;

namespace GeoGraph.Tests.Export;

/// <summary>
/// The header rules of <c>neo4j-admin database import</c> (Neo4j 5 operations manual, "Import: CSV header format"):
/// <c>name:ID</c> (or <c>:ID</c>, with an optional <c>(group)</c>), <c>:LABEL</c>, <c>:START_ID</c>, <c>:END_ID</c>,
/// <c>:TYPE</c>, <c>:IGNORE</c>, and property columns <c>name</c> or <c>name:type</c> / <c>name:type[]</c>.
/// </summary>
public static partial class Neo4jAdminHeaders
{
    private static readonly string[] Types =
        ["int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"];

    public static bool IsId(string header) => IdHeader().IsMatch(header);

    public static bool IsValid(string header)
    {
        if (IsId(header) || header is ":LABEL" or ":TYPE" or ":IGNORE" || StartEnd().IsMatch(header))
            return true;
        var match = Property().Match(header);
        return match.Success && (!match.Groups["type"].Success || Types.Contains(match.Groups["type"].Value));
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)?:ID(\([A-Za-z0-9_]+\))?$")]
    private static partial Regex IdHeader();

    [GeneratedRegex(@"^:(START|END)_ID(\([A-Za-z0-9_]+\))?$")]
    private static partial Regex StartEnd();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(:(?<type>[a-z]+)(\[\])?)?$")]
    private static partial Regex Property();
}
