using System.Globalization;
using System.Net;

namespace GeoGraph.Benchmarks;

/// <summary>
/// The <c>--name value</c> options of one load mode, checked against the names the mode knows. Every getter throws
/// <see cref="ArgumentException"/> with a message for the user; <see cref="TryParse{T}"/> prints it with the usage.
/// </summary>
internal sealed class CommandLine
{
    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]", "::1"];

    private readonly Dictionary<string, string> _values;

    private CommandLine(Dictionary<string, string> values) => _values = values;

    /// <summary>Parses <paramref name="args"/> with <paramref name="parse"/>; on a bad option prints it and the usage.</summary>
    public static bool TryParse<T>(string mode, string usage, string[] args, IReadOnlyCollection<string> known, Func<CommandLine, T> parse, out T settings)
    {
        try
        {
            settings = parse(Of(args, known));
            return true;
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"{mode}: {error.Message}");
            Console.Error.WriteLine($"usage: {mode} {usage}");
            settings = default!;
            return false;
        }
    }

    private static CommandLine Of(string[] args, IReadOnlyCollection<string> known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            values[args[i][2..]] = args[++i];
        }
        if (values.Keys.Except(known).FirstOrDefault() is { } unknown)
            throw new ArgumentException($"unknown option --{unknown}");
        return new CommandLine(values);
    }

    /// <summary>The required <c>--url</c>, which must point at this machine: the load tools never leave loopback.</summary>
    public Uri LoopbackUrl()
    {
        if (!_values.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            throw new ArgumentException("--url must be an absolute http URL");
        if (!LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase) || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && !IPAddress.IsLoopback(address)))
            throw new ArgumentException($"refusing '{uri.Host}': only 127.0.0.1, localhost and ::1 are allowed");
        return uri;
    }

    public int Number(string name, int fallback, int min, int max)
    {
        if (!_values.TryGetValue(name, out var text))
            return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            throw new ArgumentException($"--{name} must be a whole number from {min} to {max}");
        return number;
    }

    public int? Optional(string name, int min) => _values.ContainsKey(name) ? Number(name, 0, min, int.MaxValue) : null;

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string OneOf(string name, string fallback, IReadOnlyCollection<string> allowed)
    {
        var value = _values.GetValueOrDefault(name, fallback);
        return allowed.Contains(value) ? value : throw new ArgumentException($"--{name} must be one of {string.Join(", ", allowed)}");
    }
}
