import Foundation

/// The machine a run was measured on.
struct MachineInfo: Sendable {
    var cores: Int
    var memoryBytes: Int
    var cpuModel: String
    var date: String

    /// Reads the core count, `MemTotal` from /proc/meminfo, the first `model name` from
    /// /proc/cpuinfo and the current UTC time.
    static func current() -> MachineInfo {
        var memory = 0
        if let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("MemTotal:") }) {
            let fields = line.split(separator: " ")
            if fields.count >= 2, let kb = Int(fields[1]) { memory = kb * 1024 }
        }
        var model = "unknown CPU"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return MachineInfo(cores: ProcessInfo.processInfo.activeProcessorCount, memoryBytes: memory,
                           cpuModel: model, date: formatter.string(from: Date()))
    }

    var summary: String {
        "\(cores) cores (\(cpuModel)), \(Format.bytes(memoryBytes)) memory, \(date)"
    }
}

/// Number formatting for the table.
enum Format {
    /// Seconds with a unit that keeps three significant digits: "812 µs", "3.40 ms", "12.1 s".
    static func seconds(_ s: Double) -> String {
        guard s.isFinite else { return "—" }
        if s < 1e-3 { return sig(s * 1e6) + " µs" }
        if s < 1 { return sig(s * 1e3) + " ms" }
        return sig(s) + " s"
    }

    /// Bytes in binary units: "512 KiB", "1.50 GiB".
    static func bytes(_ b: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(b)
        var u = 0
        while value >= 1024 && u < units.count - 1 {
            value /= 1024
            u += 1
        }
        return u == 0 ? "\(b) B" : sig(value) + " " + units[u]
    }

    /// A ratio such as "12.3×" (or "—" when undefined).
    static func ratio(_ r: Double) -> String {
        guard r.isFinite, r > 0 else { return "—" }
        return sig(r) + "×"
    }

    /// Three significant digits, without exponent.
    static func sig(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        let a = abs(x)
        let decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3
        return String(format: "%.\(decimals)f", x)
    }

    /// A small difference in scientific notation: "3.2e-09".
    static func difference(_ d: Double) -> String {
        guard d.isFinite else { return "—" }
        return d == 0 ? "0" : String(format: "%.1e", d)
    }
}
