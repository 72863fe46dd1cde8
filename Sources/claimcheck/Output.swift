import Claims
import Foundation

/// Buffered standard output and unbuffered standard error for the commands.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Standard output through a buffer, for output of many short lines.
struct StandardOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        Output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes a JSON object with fields in a fixed order (JSONEncoder does not keep declaration order).
struct JSONWriter {
    private var body = ""

    mutating func field(_ name: String, _ value: String?) {
        append(name, value.map(JSONWriter.quote) ?? "null")
    }

    mutating func field(_ name: String, _ values: [String]) {
        append(name, "[" + values.map(JSONWriter.quote).joined(separator: ",") + "]")
    }

    func finish() -> String { "{" + body + "}" }

    private mutating func append(_ name: String, _ json: String) {
        if !body.isEmpty { body += "," }
        body += JSONWriter.quote(name) + ":" + json
    }

    static func quote(_ string: String) -> String {
        var writer = JSONBytes(capacity: string.utf8.count + 2)
        writer.string(string)
        return writer.text
    }
}
