import Foundation

/// Runs the Python peers in `Benchmarks/peers/` and reads the JSON they write.
struct PeerRunner: Sendable {
    /// The Python of the environment with spaCy 3.8, the English pipeline, networkx and igraph.
    var pythonEN: String
    /// The Python of the environment with spaCy 3.1 and the Spanish pipeline.
    var pythonES: String
    /// The folder holding `graph_peers.py` and `spacy_ner.py`.
    var scripts: String
    /// Where outputs and logs go.
    var workFolder: String

    /// Whether both interpreters exist.
    var available: Bool {
        FileManager.default.isExecutableFile(atPath: pythonEN) && FileManager.default.isExecutableFile(atPath: pythonES)
    }

    /// Runs `script` with `arguments` under `python` (one thread for the numeric libraries),
    /// then reads the JSON it wrote to `output`.
    /// - Throws: `BenchError.childFailed` or `.badPeerOutput`.
    func run(python: String, script: String, arguments: [String], output: String) throws -> [String: Any] {
        let log = (workFolder as NSString).appendingPathComponent((output as NSString).lastPathComponent + ".log")
        try? FileManager.default.removeItem(atPath: output)
        let usage = try ChildProcess.run(python, [(scripts as NSString).appendingPathComponent(script)] + arguments,
                                         logPath: log,
                                         environment: ["OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
                                                       "MKL_NUM_THREADS": "1", "PYTHONHASHSEED": "0"])
        guard usage.status == 0 else { throw BenchError.childFailed("\(script) \(arguments.joined(separator: " "))", status: usage.status, log: log) }
        guard let data = FileManager.default.contents(atPath: output),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw BenchError.badPeerOutput(output, "not a JSON object") }
        return object
    }
}

/// The result of one peer library on one graph, read from `graph_peers.py`'s JSON.
struct PeerGraphResult {
    struct Measure {
        var seconds: Double
        var values: [Double]?
        var extrapolated: Bool
        var measuredSources: Int?
    }

    var library: String
    var version: String
    var measures: [String: Measure]

    init(json: [String: Any]) {
        library = json["library"] as? String ?? "?"
        version = json["version"] as? String ?? "?"
        var m: [String: Measure] = [:]
        for (name, value) in json["measures"] as? [String: Any] ?? [:] {
            guard let entry = value as? [String: Any] else { continue }
            let values = (entry["values"] as? [Any])?.map { ($0 as? NSNumber)?.doubleValue ?? .nan }
            m[name] = Measure(seconds: (entry["seconds"] as? NSNumber)?.doubleValue ?? .nan,
                              values: values,
                              extrapolated: entry["extrapolated"] as? Bool ?? false,
                              measuredSources: (entry["measured_sources"] as? NSNumber)?.intValue)
        }
        measures = m
    }
}

/// The largest absolute difference between two equally long vectors (NaN when they differ
/// in length).
func maxAbsoluteDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .nan }
    var d = 0.0
    for i in a.indices { d = max(d, abs(a[i] - b[i])) }
    return d
}
