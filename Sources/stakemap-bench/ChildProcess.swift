import Foundation

/// What a finished child process used.
struct ChildUsage: Sendable {
    /// The exit status (or 128 + signal number).
    var status: Int32
    /// Wall-clock seconds from spawn to exit.
    var seconds: Double
    /// The peak resident set size, in bytes (`ru_maxrss`).
    var peakRSS: Int
    /// User plus system CPU seconds.
    var cpuSeconds: Double
}

/// Runs programs as child processes with `posix_spawn` and reads their resource usage from
/// `wait4`, which reports the peak resident memory of that child alone.
enum ChildProcess {
    /// Runs `executable` with `arguments`, standard output and error sent to `logPath`
    /// (or discarded), and waits for it.
    /// - Returns: its exit status, time and peak memory.
    /// - Throws: `BenchError.spawn` when it cannot be started.
    static func run(_ executable: String, _ arguments: [String], logPath: String? = nil,
                    environment: [String: String] = [:]) throws -> ChildUsage {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let log = logPath ?? "/dev/null"
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let envp: [UnsafeMutablePointer<CChar>?] = env.sorted { $0.key < $1.key }
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in envp { free(p) } }

        var pid: pid_t = 0
        let start = Stopwatch.now()
        let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard code == 0 else {
            throw BenchError.spawn(executable, String(cString: strerror(code)))
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError.spawn(executable, "wait4 failed") }
        }
        let seconds = Stopwatch.now() - start
        let exited = status & 0x7f == 0
        let exitStatus = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        // Linux reports ru_maxrss in kilobytes.
        return ChildUsage(status: exitStatus, seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024,
                          cpuSeconds: cpu)
    }
}
