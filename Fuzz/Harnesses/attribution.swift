import Claims
import Sentences

/// Any text through the attribution extractor.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAttribution(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = AttributionExtractor.attributions(text: text, sentences: SentenceSplitter.split(text: text), date: Day(iso: "2022-06-07"))
    return 0
}
