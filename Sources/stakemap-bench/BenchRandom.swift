import StakeholderCore

/// The benchmark's seeded generator: SplitMix64, so that every input is the same on every run
/// and machine.
typealias BenchRandom = SplitMix64
