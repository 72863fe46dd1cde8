import Foundation

/// Locates the package and the shared real-page data (`shared/data`, kept beside the clone in CI)
/// from this file's path, so tests need no resources declared in Package.swift.
enum SharedData {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `<repo>/../shared/data`, or the nearest `shared/data` further up (for worktrees nested deeper).
    static let root: URL? = {
        var directory = packageRoot
        for _ in 0..<4 {
            directory = directory.deletingLastPathComponent()
            let candidate = directory.appendingPathComponent("shared/data")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    static func folder(_ relative: String) -> URL? {
        guard let url = root?.appendingPathComponent(relative),
            FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url
    }

    static func files(in folder: URL?, suffix: String) -> [URL] {
        guard let folder,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func json(_ url: URL) -> Any? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONSerialization.jsonObject(with: data)
    }

    static func text(_ url: URL) -> String {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
