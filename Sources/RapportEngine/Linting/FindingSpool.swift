import Foundation
import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// Findings kept in a temporary file instead of memory while a streamed lint goes on (a million
/// accounts give nearly two million findings), read back in the order they are reported.
/// The file is removed as soon as it is opened, so nothing is left behind, even on a crash.
package final class FindingSpool: @unchecked Sendable {
    /// Where a group of findings (one rule on one part) lies in the file.
    package struct Extent: Sendable {
        package let offset: Int
        package let length: Int
        package let count: Int
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var written = 0
    /// False once a write failed (a full disk): the run then falls back to reading whole.
    private(set) var healthy = true

    /// A spool in the system's temporary folder; nil when none can be made.
    package init?() {
        var template = Array((NSTemporaryDirectory() + "/rapport-findings-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `findings` of a part, their subjects numbered as in the whole portfolio from
    /// `bases`; where they are, to read them back.
    package func write(_ findings: [Finding], bases: StreamingLint.Bases = .init()) -> Extent {
        let start = written + buffer.count
        for finding in findings { finding.spool(into: &buffer, indexOffset: bases.offset(of: finding.subjectType)) }
        let extent = Extent(offset: start, length: written + buffer.count - start, count: findings.count)
        if buffer.count >= 4 << 20 { flush() }
        return extent
    }

    /// The findings at `extent`, under `origin` (what their rule's findings share).
    package func read(_ extent: Extent, origin: Finding.Origin, reps: [Finding.Rep]) -> [Finding]? {
        flush()
        guard healthy else { return nil }
        if extent.count == 0 { return [] }
        var bytes = [UInt8](repeating: 0, count: extent.length)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, extent.length, off_t(extent.offset)) }
        guard got == extent.length else { return nil }
        return bytes.withUnsafeBytes { raw in
            var offset = 0
            return (0..<extent.count).map { _ in Finding(unspooling: raw, at: &offset, origin: origin, reps: reps) }
        }
    }

    private func flush() {
        guard !buffer.isEmpty, healthy else { return }
        var done = 0
        while done < buffer.count {
            let count = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + done, buffer.count - done) }
            if count <= 0 {
                healthy = false
                return
            }
            done += count
        }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
