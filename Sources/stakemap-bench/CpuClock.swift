import Foundation

/// CPU time of this process (user + system, all threads), to tell parallel speed-up from
/// single-core work.
enum CpuClock {
    static func seconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}

/// The sources that `AnalysisGraph.betweenness(sampling:)` draws, drawn the same way (a
/// partial Fisher–Yates shuffle driven by the analysis module's SplitMix64 variant), so that
/// igraph can be run from the very same sources.
enum SampledSources {
    static func draw(nodeCount n: Int, samples k: Int, seed: UInt64) -> [Int] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var sources = Array(0..<n)
        for i in 0..<min(k, n) {
            let j = i + Int(next() % UInt64(n - i))
            sources.swapAt(i, j)
        }
        return Array(sources[0..<min(k, n)]).sorted()
    }
}
