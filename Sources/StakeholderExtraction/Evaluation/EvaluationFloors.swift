/// The lowest micro-averaged scores a run accepts (`stakemap eval --min-…`).
public struct EvaluationFloors: Codable, Hashable, Sendable {
    public var actorF1: Double?
    public var edgeF1: Double?
    public var grievanceF1: Double?
    public var typeAccuracy: Double?

    public init(actorF1: Double? = nil, edgeF1: Double? = nil, grievanceF1: Double? = nil,
                typeAccuracy: Double? = nil) {
        self.actorF1 = actorF1
        self.edgeF1 = edgeF1
        self.grievanceF1 = grievanceF1
        self.typeAccuracy = typeAccuracy
    }

    /// The floors `scores` falls below, one readable line each; empty when all are met.
    /// A type accuracy without any matched actor counts as 0.
    public func failures(of scores: EvaluationScores) -> [String] {
        var lines: [String] = []
        func check(_ label: String, _ value: Double, _ floor: Double?) {
            guard let floor, value < floor else { return }
            lines.append("\(label) \(ReportFormatter.number(value)) is below the floor \(ReportFormatter.number(floor))")
        }
        check("actor F1", scores.actors.f1, actorF1)
        check("edge F1", scores.edges.f1, edgeF1)
        check("grievance F1", scores.grievances.f1, grievanceF1)
        check("type accuracy", scores.types.accuracy ?? 0, typeAccuracy)
        return lines
    }
}
