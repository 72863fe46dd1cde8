import Claims
import Sentences

/// Any text through the number reader: the numeric claims of every sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = NumericClaimExtractor.claims(text: text, sentences: SentenceSplitter.split(text: text), date: Day(iso: "2022-06-07"))
    return 0
}
