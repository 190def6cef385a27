import Foundation

/// Repeated timings of one piece of work on the monotonic clock.
struct Timing: Sendable, Codable {
    /// The duration of each run, in seconds, in the order they ran.
    var samples: [Double]

    /// The median run (the mean of the middle two for an even count).
    var median: Double {
        let s = samples.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// Timing on `CLOCK_MONOTONIC`, which wall-clock adjustments do not move.
enum Stopwatch {
    /// Seconds since an arbitrary, fixed point.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body` up to `runs` times and times each run; stops repeating once `budget`
    /// seconds have been spent (it always runs at least once).
    /// - Parameters:
    ///   - runs: the most runs.
    ///   - budget: the seconds after which no further run starts.
    ///   - body: the work; its last result is returned.
    /// - Returns: the timings and the last result.
    /// - Throws: what `body` throws.
    static func measure<T>(runs: Int, budget: Double = .infinity,
                           _ body: () throws -> T) rethrows -> (timing: Timing, result: T) {
        var samples: [Double] = []
        var spent = 0.0
        var result: T
        repeat {
            let start = now()
            result = try body()
            let elapsed = now() - start
            samples.append(elapsed)
            spent += elapsed
        } while samples.count < runs && spent < budget
        return (Timing(samples: samples), result)
    }
}
