import StakeholderCore

/// The tests' seeded generator: the library's SplitMix64.
typealias SeededGenerator = SplitMix64
