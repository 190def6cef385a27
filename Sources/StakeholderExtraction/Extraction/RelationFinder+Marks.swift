/// Short words and marks the relation rules test at many tokens, as the first eight UTF-8
/// bytes of a token's `lower` (`Token.head8`, first byte lowest).
///
/// Tokens hold no NUL byte, so for a text of fewer than eight bytes `head8` equality is string
/// equality: the rules compare one integer instead of two strings.
enum Mark {
    static let doubleQuote: UInt64 = 0x22              // "
    static let leftQuote: UInt64 = 0x9C_80E2           // “
    static let rightQuote: UInt64 = 0x9D_80E2          // ”
    static let leftGuillemet: UInt64 = 0xAB_C2         // «
    static let rightGuillemet: UInt64 = 0xBB_C2        // »
    static let semicolon: UInt64 = 0x3B                // ;
    static let colon: UInt64 = 0x3A                    // :
    static let comma: UInt64 = 0x2C                    // ,
    static let like: UInt64 = 0x656B_696C              // like
    static let they: UInt64 = 0x7965_6874              // they
    static let ellos: UInt64 = 0x73_6F6C_6C65          // ellos
    static let ellas: UInt64 = 0x73_616C_6C65          // ellas
    static let he: UInt64 = 0x6568                     // he
    static let she: UInt64 = 0x65_6873                 // she
    static let el: UInt64 = 0x6C_A9C3                  // él
    static let ella: UInt64 = 0x616C_6C65              // ella

    /// Whether `head` is that of a quotation mark (", “, ”, «, »).
    @inline(__always)
    static func isQuote(_ head: UInt64) -> Bool {
        head == doubleQuote || head == leftQuote || head == rightQuote || head == leftGuillemet || head == rightGuillemet
    }

    /// `head8` of `text` (for texts of fewer than eight bytes, the tests check the constants).
    static func head8(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { Words.head8($0) }
    }
}

extension RelationFinder {
    /// Whether token `k` is exactly the short text whose `head8` is `head` (under 8 bytes).
    @inline(__always)
    func tokenIs(_ k: Int, _ head: UInt64) -> Bool { tokens[k].head8 == head }
}
