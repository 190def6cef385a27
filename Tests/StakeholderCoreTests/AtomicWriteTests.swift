import Foundation
import Testing
@testable import StakeholderCore

@Suite struct AtomicWriteTests {
    @Test func replacesAFileWholeAndLeavesNoTemporaryFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("aw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("sub/out.json").path
        try AtomicWrite.write("old", to: path)
        try AtomicWrite.write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sub").path) == ["out.json"])
    }

    @Test func writesIntoDevicesInPlace() throws {
        try AtomicWrite.write("discarded", to: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect((info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func aFailedWriteKeepsThePreviousFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("aw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("map.json").path
        try AtomicWrite.write("previous", to: path)
        // A folder where the file should go makes the rename fail.
        let blocked = dir.appendingPathComponent("blocked").path
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try AtomicWrite.write("x", to: blocked) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
    }
}
