import Foundation

/// Buffered standard output and unbuffered standard error for the commands.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
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

    mutating func raw(_ name: String, _ json: String) { append(name, json) }

    func finish() -> String { "{" + body + "}" }

    private mutating func append(_ name: String, _ json: String) {
        if !body.isEmpty { body += "," }
        body += JSONWriter.quote(name) + ":" + json
    }

    static func quote(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
