import Foundation

/// What a verdict depends on besides the article itself. An article whose stored fingerprints all equal
/// the current ones is not checked again.
public struct RunInputs: Sendable, Hashable {
    /// Every file of the rules folder, by path relative to it.
    public var rules: FolderFingerprint
    /// Every file of the reference-data folder, by path relative to it.
    public var datasets: FolderFingerprint
    /// The program and the options that change results (e.g. the fallback publication date).
    public var settings: String

    public init(rules: FolderFingerprint, datasets: FolderFingerprint, settings: String) {
        self.rules = rules
        self.datasets = datasets
        self.settings = settings
    }

    /// The settings fingerprint of this very program run with `options`: a rebuilt `claimcheck` may
    /// extract or check differently, so its binary's hash is part of it.
    public static func settings(options: [String]) -> String {
        var text = chunkedHash(path: "/proc/self/exe") ?? Bundle.main.executablePath.flatMap(chunkedHash(path:)) ?? ""
        for option in options { text += "\n" + option }
        return ContentHash.hex(ContentHash.xxh64(text.utf8))
    }

    /// The hash of a file's bytes read a megabyte at a time (the hash of its chunks' hashes), so that the
    /// program's binary, tens of megabytes, is never held in memory whole; nil when it cannot be read.
    static func chunkedHash(path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var chunkHashes: [UInt64] = []
        var atEnd = false
        while !atEnd {
            // Every chunk but the last is filled whole, however the reads return, so the hash depends on the bytes only.
            var filled = 0
            while filled < chunk.count {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
                if count < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                if count == 0 {
                    atEnd = true
                    break
                }
                filled += count
            }
            chunkHashes.append(chunk.withUnsafeBytes { ContentHash.xxh64(UnsafeRawBufferPointer(rebasing: $0[0..<filled])) })
        }
        return ContentHash.hex(chunkHashes.withUnsafeBytes { ContentHash.xxh64($0) })
    }
}

/// The hashes of every regular file under a folder, and one hash over all of them.
public struct FolderFingerprint: Sendable, Hashable {
    public struct File: Sendable, Hashable {
        /// Relative to the folder.
        public var path: String
        public var contentHash: String
        public init(path: String, contentHash: String) {
            self.path = path
            self.contentHash = contentHash
        }
    }

    public var files: [File]
    /// Changes when any file is added, removed, renamed or edited.
    public var value: String

    public init(files: [File]) {
        self.files = files.sorted { $0.path < $1.path }
        var listing = ""
        for file in self.files { listing += file.path + "\u{0}" + file.contentHash + "\n" }
        value = ContentHash.hex(ContentHash.xxh64(listing.utf8))
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Hidden files (editor swap files, .DS_Store) are left out: they do not change any verdict.
    public static func of(folder: String) throws(Failure) -> FolderFingerprint {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(path: folder, reason: "no such folder")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw Failure(path: folder, reason: "cannot be listed")
        }
        var files: [File] = []
        while let relative = enumerator.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(path: path, reason: "cannot be read")
            }
            files.append(File(path: relative, contentHash: ContentHash.hex(data.withUnsafeBytes { ContentHash.xxh64($0) })))
        }
        return FolderFingerprint(files: files)
    }
}
