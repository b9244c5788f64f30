import Foundation

/// Writes a file so readers see either the old content or the complete new one: the data goes
/// to a temporary file in the same folder, which is renamed over the target on ``commit()``.
public final class AtomicFile {
    /// The final path.
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var finished = false

    /// Why a write failed.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Opens a temporary file next to `path`; when `path` is a device or a pipe (`/dev/null`,
    /// `/dev/stdout`), it is written directly, since it cannot be replaced.
    public init(path: String) throws(Failure) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
            temporaryPath = ""
            descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else {
                throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)).lowercased())")
            }
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        temporaryPath = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)).lowercased())")
        }
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)).lowercased())")
            }
            offset += written
        }
    }

    /// Makes the new content visible under `path`.
    public func commit() throws(Failure) {
        guard !finished else { return }
        finished = true
        if temporaryPath.isEmpty {
            close(descriptor)
            return
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            unlink(temporaryPath)
            throw Failure(description: "cannot write \(path): \(reason)")
        }
    }

    /// Writes `bytes` to `path` atomically in one call.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }

    deinit {
        if !finished {
            close(descriptor)
            unlink(temporaryPath)
        }
    }
}
