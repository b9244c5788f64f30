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
    /// `/dev/stdout`), it is written directly, since it cannot be replaced. When `path` is a
    /// symbolic link, the file it points to is replaced and the link kept. Temporary files that
    /// an earlier run killed mid-write left beside it are removed.
    public init(path requested: String) throws(Failure) {
        let path = AtomicFile.target(of: requested)
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
        AtomicFile.removeStale(in: folder, name: url.lastPathComponent)
        temporaryPath = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // A file that exists keeps its permissions (a snooze file made private stays private).
        let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o777 : 0o644
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)).lowercased())")
        }
    }

    /// The file a write to `path` replaces: `path` itself, or the file a symbolic link (or a
    /// chain of them) points to.
    package static func target(of path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes `.NAME.tmp-PID-N` files in `folder` whose writing process is gone.
    package static func removeStale(in folder: String, name: String) {
        let prefix = "." + name + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for candidate in names where candidate.hasPrefix(prefix) {
            let rest = candidate.dropFirst(prefix.count).split(separator: "-")
            guard rest.count == 2, let pid = Int32(rest[0]), UInt32(rest[1]) != nil else { continue }
            // Still running (or not ours to ask about): left alone.
            if pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH { continue }
            unlink(folder + "/" + candidate)
        }
    }

    /// Why writing to `output` would destroy one of `inputs` (the same file, by device and
    /// inode, or by path when it does not exist yet), or nil when it would not.
    public static func clash(output: String, inputs: [String]) -> String? {
        let target = AtomicFile.target(of: output)
        var outInfo = stat()
        let outExists = stat(target, &outInfo) == 0
        // A device (`/dev/null`) is written to, not replaced: it clashes with nothing.
        if outExists && outInfo.st_mode & S_IFMT != S_IFREG { return nil }
        let outPath = URL(fileURLWithPath: target).standardizedFileURL.path
        for input in inputs {
            var inInfo = stat()
            if outExists, stat(input, &inInfo) == 0, inInfo.st_dev == outInfo.st_dev, inInfo.st_ino == outInfo.st_ino {
                return "\(output) is the input \(input): writing it would replace it"
            }
            if URL(fileURLWithPath: input).standardizedFileURL.path == outPath {
                return "\(output) is the input \(input): writing it would replace it"
            }
        }
        return nil
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
