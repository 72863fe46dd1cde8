import Claims
import Ingest
import Sentences

/// Any bytes as an HTML page: ingest, split and extract every claim.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let article = try? Ingestor.ingest(bytes: bytes, source: "fuzz.html", format: .html) else { return 0 }
    _ = ClaimExtractor.claims(in: article, date: Day(iso: "2022-06-07"))
    return 0
}
