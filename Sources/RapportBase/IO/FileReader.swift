import Foundation

/// Reads whole files into byte arrays without an intermediate `Data` copy.
public enum FileReader {
    /// Why a file could not be read.
    public struct Failure: Error, Sendable {
        /// A short human reason ("no such file", "is a folder").
        public let reason: String

        package init(reason: String) {
            self.reason = reason
        }
    }

    /// The largest file read whole, in bytes: `RAPPORT_MAX_INPUT_BYTES` when set, else 4 GiB
    /// (a portfolio that large is linted in parts, without this limit: docs/streaming.md).
    public static var maxBytes: Int {
        ProcessInfo.processInfo.environment["RAPPORT_MAX_INPUT_BYTES"].flatMap { Int($0) }.map { max($0, 0) } ?? 4 << 30
    }

    /// The bytes of the file at `path`: a regular file (a FIFO or a device is refused, never
    /// waited on or read without end) of at most ``maxBytes`` bytes.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        // Opened without blocking: opening a FIFO with no writer would wait for one.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno)).lowercased()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(reason: String(cString: strerror(errno)).lowercased()) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(reason: "it is a folder")
        case S_IFIFO: throw Failure(reason: "it is a pipe (FIFO), not a regular file")
        case S_IFCHR, S_IFBLK: throw Failure(reason: "it is a device, not a regular file")
        case S_IFSOCK: throw Failure(reason: "it is a socket, not a regular file")
        default: throw Failure(reason: "it is not a regular file")
        }
        let limit = maxBytes
        if Int(info.st_size) > limit {
            throw Failure(reason: "it is \(info.st_size) bytes, more than the limit of \(limit) (set RAPPORT_MAX_INPUT_BYTES to change it)")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var result: [UInt8] = []
        var capacity = max(Int(info.st_size), 0) + 1
        var failure: Int32 = 0
        // Read until EOF: the size is a hint (pipes and /proc files report 0).
        while failure == 0 {
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                let n = Foundation.read(descriptor, buffer.baseAddress, capacity)
                if n < 0 { failure = errno; count = 0 } else { count = n }
            }
            if chunk.isEmpty { break }
            if result.isEmpty { result = chunk } else { result.append(contentsOf: chunk) }
            // A file that grows while it is read is still held to the limit.
            if result.count > limit {
                throw Failure(reason: "it grew past the limit of \(limit) bytes while it was read (set RAPPORT_MAX_INPUT_BYTES to change it)")
            }
            capacity = max(capacity, 1 << 20)
        }
        if failure != 0 { throw Failure(reason: String(cString: strerror(failure)).lowercased()) }
        return result
    }
}
