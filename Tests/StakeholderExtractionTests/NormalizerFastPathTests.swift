import Foundation
import StakeholderCore
import Testing

/// The fast path of name normalisation gives what the general (Foundation) path gives.
@Suite struct NormalizerFastPathTests {
    /// The general definition: case and diacritics folded, white space collapsed, a leading
    /// article dropped.
    static func reference(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words = folded.split(whereSeparator: { $0.isWhitespace })
        if words.count > 1, ["el", "la", "los", "las", "the"].contains(String(words[0])) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    @Test(arguments: [
        "José María Balcázar", "  El  Presidente\tde la República ", "THE Ministry of Energy-Mines (Minem)",
        "Sociedad Nacional de Minería, Petróleo y Energía", "Ñuñoa", "Ÿ ÿ Ç ÀÉÎÕÜ", "Mr. Jesús", "la",
        "The", "Los pobladores", "Straße", "Æther", "N.º 012-2025", "Perú 🇵🇪", "Cañón\u{00A0}Alto", "e\u{0301}",
        "EE.UU.", "", "   ", "LAS BAMBAS", "the the", "Ø", "x × y", "ÉL Niño", "los\n\nAndes", "Thé end", "a\u{00C3}",
        "el", "tHe  river", "\u{0085}x", "mañana\r\nLOS",
    ])
    func fastPathAgreesWithFoundation(_ name: String) {
        #expect(NameNormalizer.normalize(name) == Self.reference(name))
    }
}
