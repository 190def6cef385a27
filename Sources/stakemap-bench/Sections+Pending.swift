// The sections that measure stakemap itself need the extraction, analysis and rendering
// APIs; until those are merged they only say so.
extension BenchContext {
    mutating func runExtraction() throws { table.notes.append("extraction: not wired yet") }
    mutating func runCentrality() throws { table.notes.append("centrality: not wired yet") }
    mutating func runRendering() throws { table.notes.append("rendering: not wired yet") }
}
