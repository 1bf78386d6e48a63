namespace GeoGraph.Core.Model;

/// <summary>The broad family a node kind belongs to; each has its own collection route.</summary>
public enum NodeCategory
{
    Actor,
    Event,
    Claim,
    Resource,
    Place,
}
