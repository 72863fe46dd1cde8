import Sentences

/// Any bytes, read as UTF-8 with repairs, through the sentence splitter.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = SentenceSplitter.split(text: text)
    return 0
}
