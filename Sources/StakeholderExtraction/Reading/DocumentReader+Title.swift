import Foundation

extension DocumentReader {
    /// The first line of at least four words that is not site boilerplate, a banner in capitals
    /// or the date marker.
    static func title(of text: String) -> String? {
        let skip = DateFinder.marker(in: text)?.length ?? 0
        var scalars = Substring(text).unicodeScalars
        scalars.removeFirst(min(skip, scalars.count))
        for line in Substring(scalars).leadingLines(20) {
            let trimmed = String(line).trimmingCharacters(in: .whitespaces)
            if Boilerplate.isBoilerplate(trimmed) { continue }
            // A line without lower-case letters is a banner ("RADIO 95.5 FM EN VIVO").
            if !trimmed.unicodeScalars.contains(where: { $0.properties.isLowercase }) { continue }
            if trimmed.split(separator: " ").count >= 4 {
                return trimmed.count > 200 ? String(trimmed.prefix(200)) : trimmed
            }
        }
        return nil
    }
}
