import CZlib
import Foundation

/// Where a buffered reader gets its bytes: a file descriptor read as is, or its gzip members inflated.
protocol ByteChunkSource: AnyObject {
    /// Appends the next chunk to `buffer`; false at the end of input.
    func append(to buffer: inout [UInt8]) throws(Ingestor.Failure) -> Bool
}

/// Raw reads from a file descriptor (a file, or standard input).
final class DescriptorChunks: ByteChunkSource {
    let descriptor: Int32
    let source: String
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    init(descriptor: Int32, source: String) {
        self.descriptor = descriptor
        self.source = source
    }

    func append(to buffer: inout [UInt8]) throws(Ingestor.Failure) -> Bool {
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Ingestor.Failure(source: source, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }
}

/// Inflates a file of concatenated gzip members (CC-NEWS writes one per WARC record) as one stream.
final class GzipChunks: ByteChunkSource {
    private let raw: DescriptorChunks
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var input: [UInt8] = []
    private var inputOffset = 0
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    /// A member was started and its end not yet seen: end of input here means a truncated file.
    private var memberOpen = false

    init(raw: DescriptorChunks) throws(Ingestor.Failure) {
        self.raw = raw
        stream.initialize(to: z_stream())
        // 16 + MAX_WBITS: expect a gzip header and trailer rather than a bare zlib stream.
        guard inflateInit2_(stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw Ingestor.Failure(source: raw.source, reason: "cannot start the gzip decoder")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    func append(to buffer: inout [UInt8]) throws(Ingestor.Failure) -> Bool {
        while true {
            if inputOffset == input.count {
                input.removeAll(keepingCapacity: true)
                inputOffset = 0
                guard try raw.append(to: &input) else {
                    if memberOpen { throw Ingestor.Failure(source: raw.source, reason: "truncated gzip member") }
                    return false
                }
            }
            let (status, consumed, produced) = input.withUnsafeMutableBufferPointer { inputBytes in
                output.withUnsafeMutableBufferPointer { outputBytes in
                    let available = inputBytes.count - inputOffset
                    stream.pointee.next_in = inputBytes.baseAddress! + inputOffset
                    stream.pointee.avail_in = uInt(available)
                    stream.pointee.next_out = outputBytes.baseAddress!
                    stream.pointee.avail_out = uInt(outputBytes.count)
                    let status = inflate(stream, Z_NO_FLUSH)
                    return (status, available - Int(stream.pointee.avail_in), outputBytes.count - Int(stream.pointee.avail_out))
                }
            }
            inputOffset += consumed
            memberOpen = true
            switch status {
            case Z_STREAM_END:
                inflateReset(stream)
                memberOpen = false
            case Z_OK, Z_BUF_ERROR:
                break
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
                throw Ingestor.Failure(source: raw.source, reason: "not valid gzip data (\(message))")
            }
            if produced > 0 {
                buffer.append(contentsOf: output[0..<produced])
                return true
            }
        }
    }
}

/// Lines and fixed-length blocks over a chunked byte source, holding at most one unread chunk beyond the request.
public final class BufferedByteReader {
    private let chunks: ByteChunkSource
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var exhausted = false

    /// Reads standard input.
    public static func standardInput() -> BufferedByteReader {
        BufferedByteReader(chunks: DescriptorChunks(descriptor: STDIN_FILENO, source: "-"), descriptor: -1)
    }

    /// Opens `path`, inflating it when it ends in `.gz`.
    public static func open(path: String) throws(Ingestor.Failure) -> BufferedByteReader {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Ingestor.Failure(source: path, reason: String(cString: strerror(errno))) }
        let raw = DescriptorChunks(descriptor: descriptor, source: path)
        do {
            let chunks: ByteChunkSource = path.lowercased().hasSuffix(".gz") ? try GzipChunks(raw: raw) : raw
            return BufferedByteReader(chunks: chunks, descriptor: descriptor)
        } catch {
            close(descriptor)
            throw error
        }
    }

    private init(chunks: ByteChunkSource, descriptor: Int32) {
        self.chunks = chunks
        self.descriptor = descriptor
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The next line without its line break ("\n" or "\r\n"); nil at the end of input.
    public func readLine() throws(Ingestor.Failure) -> [UInt8]? {
        // Counted from `start`, which fill() moves to 0.
        var scanned = 0
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                return line
            }
            scanned = buffer.count - start
            guard try fill() else {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
        }
    }

    /// Exactly `count` bytes, or fewer when the input ends first.
    public func read(count: Int) throws(Ingestor.Failure) -> [UInt8] {
        while buffer.count - start < count, try fill() {}
        let end = min(buffer.count, start + count)
        let block = Array(buffer[start..<end])
        start = end
        return block
    }

    /// Drops consumed bytes (so memory stays bounded by the largest record) and reads one more chunk.
    private func fill() throws(Ingestor.Failure) -> Bool {
        guard !exhausted else { return false }
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        if try !chunks.append(to: &buffer) {
            exhausted = true
            return false
        }
        return true
    }
}
