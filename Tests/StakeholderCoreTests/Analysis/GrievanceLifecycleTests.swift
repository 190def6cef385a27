import Testing
@testable import StakeholderCore

@Suite struct GrievanceLifecycleTests {
    static func base() -> StakeholderGraph {
        AnalysisFixtures.graph(
            actors: [("com", .community), ("gov", .government), ("firm", .company), ("union", .miners)],
            documents: [("d1", "2026-01-10"), ("d2", "2026-02-01"), ("d3", "2026-03-01")])
    }

    @Test func commitmentAloneLeavesItUnmetAndIsListedWithItsDeadline() throws {
        var g = Self.base()
        g.relate(.grievance, "com", "gov", [("d1", "2026-01-10", "La comunidad denunció el abandono.")])
        g.relate(.commitment, "gov", "com", [("d2", "2026-02-01", "El ministerio se comprometió a responder en 15 días.")])
        let record = try #require(g.grievanceReport().records.first)
        #expect(record.status == .unmet)
        #expect(record.commitments.count == 1)
        #expect(record.commitments[0].hasDeadline)
        #expect(record.commitments[0].evidence.date == "2026-02-01")
    }

    @Test func resolutionByTheTargetClosesIt() throws {
        var g = Self.base()
        g.relate(.demand, "union", "gov", [("d1", "2026-01-10", "Exigieron ampliar el registro.")])
        g.relate(.resolution, "gov", "union", [("d2", "2026-02-01", "El ministerio atendió el pedido.")])
        let record = try #require(g.grievanceReport().records.first)
        #expect(record.status == .met)
        #expect(record.resolutions.map(\.evidence.text) == ["El ministerio atendió el pedido."])
        #expect(g.grievanceReport().byActor().isEmpty)
    }

    @Test func partialResolutionOrKeptCommitmentMakesItPartial() {
        var g = Self.base()
        g.relate(.grievance, "com", "firm", [("d1", "2026-01-10", "Denunciaron contaminación.")])
        g.relate(.resolution, "firm", "com", [("d2", "2026-02-01", "La empresa atendió parcialmente el reclamo.")])
        g.relate(.grievance, "union", "gov", [("d1", "2026-01-10", "Acusaron al ministerio.")])
        g.relate(.commitment, "gov", "union", [("d3", "2026-03-01", "El ministerio cumplió su compromiso de pagar.")])
        #expect(g.grievanceReport().records.map(\.status) == [.partial, .partial])
    }

    @Test func announcedResolutionAnswersNothing() throws {
        var g = Self.base()
        g.relate(.grievance, "com", "firm", [("d1", "2026-01-10", "Denunciaron contaminación.")])
        g.relate(.resolution, "firm", "com", [("d2", "2026-02-01", "La empresa atenderá el reclamo.")], modality: .future)
        let record = try #require(g.grievanceReport().records.first)
        #expect(record.status == .unmet)
        #expect(record.resolutions.count == 1)
    }

    @Test func governmentDemandsOpenNone() {
        var g = Self.base()
        g.relate(.demand, "gov", "firm", [("d1", "2026-01-10", "El ministerio exigió un estudio.")])
        g.relate(.grievance, "gov", "com", [("d1", "2026-01-10", "El ministerio acusó a la comunidad.")])
        #expect(g.grievanceReport().records.isEmpty)
    }

    @Test func ageCountsDaysFromFirstSeenToTheNewestDocumentOrAsOf() throws {
        var g = Self.base()
        g.relate(.grievance, "com", "gov", [("d2", "2026-02-01", "Otra vez."), ("d1", "2026-01-10", "Primera vez.")])
        let record = try #require(g.grievanceReport().records.first)
        #expect(record.firstSeen == "2026-01-10")
        #expect(record.lastSeen == "2026-02-01")
        #expect(record.ageDays == 50) // to 2026-03-01, the newest document
        #expect(record.issue.map(\.text) == ["Primera vez.", "Otra vez."])
        #expect(g.grievanceReport(asOf: "2027-01-10").records.first?.ageDays == 365)
    }

    @Test func byActorRowsCountAndNameTargets() throws {
        var g = Self.base()
        g.relate(.grievance, "com", "gov", [("d1", "2026-01-10", "a")])
        g.relate(.grievance, "com", "firm", [("d2", "2026-02-01", "b")])
        g.relate(.demand, "union", "gov", [("d2", "2026-02-01", "c")])
        g.relate(.resolution, "gov", "union", [("d3", "2026-03-01", "d")])
        let rows = g.grievanceReport().byActor()
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.actor == "com")
        #expect(row.unmet == 2)
        #expect(row.oldestUnmetDays == 50)
        #expect(row.against == ["Actor GOV", "Actor FIRM"])
    }

    @Test func markdownQuotesEvidenceWithDocumentAndDateAndStaysText() {
        var g = Self.base()
        g.addActorKeepingID(Actor(id: "evil", name: "<script>x</script> [click](http://a.example)", type: .community))
        g.relate(.grievance, "evil", "gov", [("d1", "2026-01-10", "# Title\n*bold* | cell <img src=x>")])
        let md = g.grievanceReport().formatted(.markdown)
        #expect(md.contains("&lt;script&gt;x&lt;/script&gt; \\[click\\](http\\://a.example)"))
        #expect(md.contains("> \\# Title \\*bold\\* \\| cell &lt;img src=x&gt;"))
        #expect(md.contains("> — d1, 2026-01-10"))
        #expect(!md.contains("<script>"))
    }

    @Test func deadlineCuesInBothLanguages() {
        for text in ["en un plazo de 30 días", "antes del 15 de marzo", "en 10 días", "by the end of March",
                     "within two weeks", "the deadline is Friday", "hasta el 12/04/2026"] {
            #expect(CommitmentCues.deadline(in: text) != nil, "\(text)")
        }
        for text in ["se comprometió a dialogar", "was announced by the minister", "committed to talks"] {
            #expect(CommitmentCues.deadline(in: text) == nil, "\(text)")
        }
    }

    @Test func calendarDaysCrossYearsAndLeapDays() {
        #expect(CalendarDay.days(from: "2024-02-28", to: "2024-03-01") == 2)
        #expect(CalendarDay.days(from: "2025-12-31", to: "2026-01-01") == 1)
        #expect(CalendarDay.dayNumber("1970-01-01") == 0)
        #expect(CalendarDay.dayNumber("2026-13-01") == nil)
    }
}
