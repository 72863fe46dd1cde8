/// Checks made on a page's raw bytes before any parsing, so that files an archive holds by
/// mistake (images, PDFs, archives, empty or oversized files) are refused with a reason instead
/// of being parsed into a meaningless report.
public enum InputScreening {
    /// 64 MiB: far beyond any real article page, small enough that one file cannot exhaust memory.
    public static let defaultMaxBytes = 64 << 20

    /// Why `bytes` is not an article worth parsing, or nil when it may be one.
    public static func problem(with bytes: [UInt8], maxBytes: Int = defaultMaxBytes) -> String? {
        if bytes.count > maxBytes {
            return "skipped: \(bytes.count) bytes is over the limit of \(maxBytes) bytes (--max-bytes)"
        }
        if !bytes.contains(where: { $0 > 0x20 }) { return "empty document" }
        if let kind = binaryKind(of: bytes) { return "not a text document: looks like \(kind)" }
        return nil
    }

    /// Signatures of the binary files most often saved under an .html name.
    private static let signatures: [(prefix: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data"),
        ([0x42, 0x5A, 0x68], "bzip2-compressed data"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
    ]

    private static func binaryKind(of bytes: [UInt8]) -> String? {
        if let match = signatures.first(where: { bytes.starts(with: $0.prefix) }) { return match.kind }
        // Text in any encoding claimcheck reads has no NUL bytes, except UTF-16 (which carries a BOM):
        // a run of NULs early in an unmarked file means binary data.
        let head = bytes.prefix(4096)
        let unmarkedUTF16 = !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]))
        if unmarkedUTF16, head.count >= 16, head.count(where: { $0 == 0 }) * 4 > head.count { return "binary data" }
        return nil
    }
}
