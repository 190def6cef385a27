import Foundation
import StakeholderCore

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

/// The sources that `AnalysisGraph.betweenness(sampling:)` draws, so that igraph can be run
/// from the very same sources.
enum SampledSources {
    static func draw(nodeCount n: Int, samples k: Int, seed: UInt64) -> [Int] {
        AnalysisGraph.sampledSources(nodeCount: n, samples: k, seed: seed)
    }
}
