/// A CSV record with the 1-based line of the file it starts on.
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]
}

/// RFC 4180 CSV read byte by byte: quoted fields with doubled quotes, embedded newlines, CRLF or LF,
/// a leading UTF-8 byte-order mark, and a configurable one-byte delimiter.
public enum CSVReader {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func records(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) throws(Failure) -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var quoteLine = 1

        func endField() throws(Failure) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw Failure(line: line, message: "field \(fields.count + 1) is not valid UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote {
                guard field.isEmpty, !fieldWasQuoted else {
                    throw Failure(line: line, message: "a quote inside an unquoted field (quote the whole field and double inner quotes)")
                }
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            } else if byte == delimiter {
                try endField()
            } else if byte == lf || byte == cr {
                try endField()
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields.removeAll(keepingCapacity: true)
                if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
                line += 1
                recordLine = line
            } else {
                if fieldWasQuoted {
                    throw Failure(line: line, message: "text after the closing quote of field \(fields.count + 1)")
                }
                field.append(byte)
            }
            index += 1
        }
        if inQuotes { throw Failure(line: quoteLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            try endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        // A blank line is a record of one empty field; it carries no data.
        return records.filter { $0.fields != [""] }
    }
}
