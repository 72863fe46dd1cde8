import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file in the same folder, then are renamed
/// over the target, so an interrupted run or a full disk never leaves half a report. That is four system calls
/// a file (open, write, close, rename) and nothing more: no fsync, which cost more than checking the article,
/// and the results database records an article only after its reports exist (a report lost with the machine
/// has no matching stamp, so the next run writes it again); no `stat`, as the name is unique to this process.
/// Most of the cost left is the file system's: creating the temporary file's inode.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        var text = text
        // The string's own UTF-8 storage, not a copy.
        if let failure = text.withUTF8({ write($0, to: path) }) { throw failure }
    }

    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        if let failure = bytes.withUnsafeBufferPointer({ write($0, to: path) }) { throw failure }
    }

    /// Deletes the temporary files in `folder` that a run killed outright left behind (`.NAME.PID.tmp` whose
    /// process is gone); those of a live process, another run's, are left alone.
    static func removeAbandoned(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 3, let pid = pid_t(parts[parts.count - 1]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// Asked once: `getpid` is a system call, and the temporary name needs it for every file.
    private static let processID = getpid()

    /// Writes in one call (a loop only for a short write); nil once the file is in place.
    private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to path: String) -> Failure? {
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return Failure(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(buffer, to: descriptor)
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure != 0 else { return nil }
        unlink(temporary)
        return Failure(path: path, reason: String(cString: strerror(failure)))
    }

    /// Beside the target, hidden and unique per process and file, so concurrent jobs and runs never share a
    /// temporary file. Split on the bytes: bridging to NSString for its path methods cost more than the write.
    static func temporaryPath(for path: String) -> String {
        let nameStart = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex
        return "\(path[..<nameStart]).\(path[nameStart...]).\(processID).tmp"
    }

    /// 0, or the `errno` of the write that failed.
    static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// A file written piece by piece and put in place whole by `commit()`, for batch files too large to hold
    /// in memory. Until then it is a hidden temporary file, deleted by `discard()`, at deinit, or, if the
    /// process is killed, by the next run's `removeAbandoned`.
    final class Stream {
        let path: String
        private let temporary: String
        private var descriptor: Int32
        private var buffer = WriteBuffer()

        init(path: String) throws(Failure) {
            self.path = path
            temporary = AtomicFile.temporaryPath(for: path)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        }

        func write(_ text: String) {
            buffer.bytes.append(contentsOf: text.utf8)
            buffer.flushIfFull(to: descriptor)
        }

        /// Renames the file over `path` once everything written is on disk.
        func commit() throws(Failure) {
            buffer.flush(to: descriptor)
            var failure = buffer.failure
            if close(descriptor) != 0, failure == 0 { failure = errno }
            descriptor = -1
            if failure == 0, rename(temporary, path) != 0 { failure = errno }
            guard failure != 0 else { return }
            unlink(temporary)
            throw Failure(path: path, reason: String(cString: strerror(failure)))
        }

        func discard() {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            unlink(temporary)
        }

        deinit { discard() }
    }
}

/// Bytes gathered for a file descriptor and written 64 KB at a time. The first failed write's `errno` is kept for
/// the owner to report, and later writes are dropped.
struct WriteBuffer {
    var bytes: [UInt8] = []
    private(set) var failure: Int32 = 0
    static let flushSize = 1 << 16

    init() { bytes.reserveCapacity(Self.flushSize * 2) }

    mutating func flushIfFull(to descriptor: Int32) {
        if bytes.count >= Self.flushSize { flush(to: descriptor) }
    }

    mutating func flush(to descriptor: Int32) {
        if failure == 0, descriptor >= 0 { failure = bytes.withUnsafeBufferPointer { AtomicFile.writeAll($0, to: descriptor) } }
        bytes.removeAll(keepingCapacity: true)
    }
}
