namespace GeoGraph.Core.Model;

/// <summary>The tone of a relation, where the source makes it clear.</summary>
public enum Stance
{
    Cooperative,
    Neutral,
    Hostile,
}
