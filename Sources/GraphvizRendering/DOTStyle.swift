import StakeholderCore

/// Colours, shapes and line styles of the stakeholder map.
///
/// Fill colours follow the sector (light tints, so black labels stay readable); shapes follow
/// the kind; edges are warm for conflict (demand, grievance), cool for cooperation (meeting,
/// commitment, support, resolution), thin, grey and dashed for affiliation.
public enum DOTStyle {
    /// The fill colour of an actor of `sector`.
    public static func fillColor(_ sector: Sector) -> String {
        switch sector {
        case .government: return "#a6cee3"
        case .miners: return "#fdbf6f"
        case .community: return "#b2df8a"
        case .company: return "#cab2d6"
        case .embassy: return "#ffff99"
        case .international: return "#8dd3c7"
        case .civilSociety: return "#fccde5"
        case .media: return "#bc9b6a"
        case .unknown: return "#eeeeee"
        }
    }

    /// The node shape of an actor of `kind`.
    public static func shape(_ kind: ActorKind) -> String {
        switch kind {
        case .person: return "ellipse"
        case .organization: return "box"
        case .group: return "hexagon"
        }
    }

    /// The node `style` of an actor of `kind`.
    static func nodeStyle(_ kind: ActorKind) -> String {
        kind == .organization ? "filled,rounded" : "filled"
    }

    /// The attributes (name, value) that draw a relation of `kind`, in a fixed order.
    public static func edgeAttributes(_ kind: RelationKind) -> [(String, String)] {
        switch kind {
        case .demand: return [("color", "#e66101"), ("style", "solid"), ("penwidth", "1.6")]
        case .grievance: return [("color", "#d7191c"), ("style", "bold"), ("penwidth", "2.2")]
        case .meeting: return [("color", "#2c7bb6"), ("style", "solid"), ("penwidth", "1.6"), ("dir", "none")]
        case .commitment: return [("color", "#1a9641"), ("style", "solid"), ("penwidth", "1.6")]
        case .support: return [("color", "#5e3c99"), ("style", "solid"), ("penwidth", "1.4")]
        case .resolution: return [("color", "#018571"), ("style", "bold"), ("penwidth", "2.2")]
        case .affiliation: return [("color", "#878787"), ("style", "dashed"), ("penwidth", "0.7"), ("arrowhead", "empty")]
        }
    }

    /// How a sector is named in the legend.
    static func legendName(_ sector: Sector) -> String {
        sector == .civilSociety ? "civil society" : sector.rawValue
    }
}
