/// What the word just before a period is, which decides whether the period can end a sentence.
enum WordBeforePeriod: Equatable {
    /// An ordinary word, or a URL or e-mail address.
    case plain
    case number
    /// "1." or "a." opening a sentence: a list item's number.
    case listMarker
    /// A single capital letter: a name's initial, or the pronoun "I" after a lowercase word.
    case initial(pronoun: Bool)
    /// Letters joined by periods: "U.S.", "D.C.", "U.N.".
    case acronym
    case abbreviation(AbbreviationKind)
}

/// The start of the text after a possible sentence end, past any opening quotation marks.
struct FollowingWord {
    enum Start: Equatable { case lowercase, uppercase, digit, punctuation(UInt8), end }
    var start: Start
    /// Opening quotation marks or brackets come first.
    var quoted = false
    /// A capitalized word that typically opens a sentence ("The", "It", "However").
    var opensSentence = false
    /// A day, month or time zone, which follows a clock time inside a sentence.
    var followsClockTime = false

    var isQuotedCapital: Bool { quoted && start == .uppercase }
}

/// A numbered or lettered list run together in one block ("1. Eggs 2. Milk"): the marker the
/// next item starts with.
struct ListMarker {
    enum Suffix { case period, parenthesis, periodParenthesis }
    var ordinal: Int
    var isLetter: Bool
    var suffix: Suffix

    /// The marker opening a block at `index`: up to three digits or the letter "a", then ".",
    /// ")" or ".)", then a space.
    init?(_ text: UTF8Text, at index: Int) {
        var position = index
        var value = 0
        while ByteClass.isDigit(text[position]) && position - index < 3 {
            value = value * 10 + Int(text[position] - UInt8(ascii: "0"))
            position += 1
        }
        if position == index {
            guard text[index] == UInt8(ascii: "a") else { return nil }
            value = Int(text[index])
            position += 1
            isLetter = true
        } else {
            guard !ByteClass.isDigit(text[position]) else { return nil }
            isLetter = false
        }
        guard let (suffix, length) = ListMarker.suffix(text, at: position), text.isSpace(position + length) else {
            return nil
        }
        self.ordinal = value
        self.suffix = suffix
    }

    /// Whether the next item's marker, followed by a space, starts at `index`.
    func nextStarts(_ text: UTF8Text, at index: Int) -> Bool {
        var position = index
        if isLetter {
            guard ordinal < Int(UInt8(ascii: "z")), text[position] == UInt8(ordinal + 1) else { return false }
            position += 1
        } else {
            var value = 0
            while ByteClass.isDigit(text[position]) && position - index < 4 {
                value = value * 10 + Int(text[position] - UInt8(ascii: "0"))
                position += 1
            }
            guard position > index, value == ordinal + 1, !ByteClass.isDigit(text[position]) else { return false }
        }
        guard let (suffix, length) = ListMarker.suffix(text, at: position), suffix == self.suffix else { return false }
        return text.isSpace(position + length)
    }

    func advanced() -> ListMarker {
        var next = self
        next.ordinal += 1
        return next
    }

    private static func suffix(_ text: UTF8Text, at index: Int) -> (Suffix, Int)? {
        switch (text[index], text[index + 1]) {
        case (UInt8(ascii: "."), UInt8(ascii: ")")): return (.periodParenthesis, 2)
        case (UInt8(ascii: "."), _): return (.period, 1)
        case (UInt8(ascii: ")"), _): return (.parenthesis, 1)
        default: return nil
        }
    }
}

/// Finds the sentence ends in one block of text (a paragraph, heading or list item: a block
/// never shares a sentence with another). One left-to-right pass over the bytes; every look
/// back or ahead is bounded or cached, so the work is linear in the block's length.
///
/// The rules, in short:
/// - `.`, `?`, `!`, `…` and their runs, with any closing quotes and brackets after them, end a
///   sentence when the next word does not start in lowercase.
/// - A period after an abbreviation ends one only when the next word typically opens a sentence
///   ("Inc. The"); never after a title ("Dr.") or a connective ("e.g."), nor before a number
///   after "No.", "Jan.", "vol." and the like. Clock times end one before any capital that is not
///   a day, month or time zone, unless they open the sentence ("At 5 a.m. Mr. Smith left.").
/// - Initials ("J. R. R.") are not ends; the pronoun "I" after a lowercase word is.
/// - A period with no space after it ends a sentence only in run-together prose ("ended.The"),
///   never inside numbers, URLs, e-mail addresses or file names.
/// - Sentence ends inside a quotation or parenthesis that sits within a longer sentence
///   (`"We won. They lost," he said.`) are not ends; unpaired quotes are ignored.
/// - Ellipses end a sentence before a capital; spaced ". . ." does so only as four dots.
/// - Bullets, list numbers run together ("1. Eggs 2. Milk") and, in plain text, lines without
///   final punctuation that the next line does not continue start new sentences.
struct BlockSplitter {
    private let text: UTF8Text
    private let start: Int
    private let end: Int
    private let spans: [QuotedSpan]
    /// Byte indices where a sentence ends (exclusive) and the next begins, in order.
    private(set) var cuts: [Int]

    private var sentenceStart: Int
    private var nextSpan = 0
    /// Candidates up to this index lie inside a quotation or parenthesis that belongs to a
    /// longer sentence (`"We won. They lost," he said.`), so they end no sentence.
    private var embeddedUntil = -1
    private var listMarker: ListMarker?

    /// Where the current sentence's first character is, found once per sentence.
    private var contentCache = (sentenceStart: -1, index: 0)
    /// How far the current sentence has been searched for its first letter or digit.
    private var wordSearch = (sentenceStart: -1, searchedTo: 0, found: -1)
    /// The last token checked for being a URL, e-mail address or file name.
    private var linkToken = (start: 0, end: -1, isLink: false)

    /// Words this long and longer are not abbreviations, and looking back stops here.
    private static let maximumWordLookBack = 64

    init(text: UTF8Text, block: Range<Int>, spans: [QuotedSpan], cuts: [Int]) {
        self.text = text
        self.start = block.lowerBound
        self.end = block.upperBound
        self.spans = spans
        self.cuts = cuts
        self.cuts.removeAll(keepingCapacity: true)
        self.sentenceStart = block.lowerBound
    }

    /// The bytes that can start a sentence end, a line break or a bullet.
    private static let candidateBytes = ByteSet([
        ByteClass.period, ByteClass.question, ByteClass.exclamation, ByteClass.newline, ByteClass.punctuationLead,
    ])
    /// The same, and spaces, after which a run-together list's next item may start.
    private static let candidateBytesInList = ByteSet([
        ByteClass.period, ByteClass.question, ByteClass.exclamation, ByteClass.newline, ByteClass.punctuationLead,
        ByteClass.space,
    ])

    mutating func run() {
        listMarker = ListMarker(text, at: content())
        var index = start
        while index < end {
            // Spaces matter only inside a list, which may also begin midway ("as follows: 1. ...").
            let watchesSpaces = listMarker != nil
            let candidates = watchesSpaces ? BlockSplitter.candidateBytesInList : BlockSplitter.candidateBytes
            index = candidates.withTable { isCandidate in scan(from: index, isCandidate: isCandidate, untilListStarts: !watchesSpaces) }
        }
    }

    private mutating func scan(from first: Int, isCandidate: UnsafeBufferPointer<Bool>, untilListStarts: Bool) -> Int {
        let bytes = text.bytes
        var index = first
        while index < end {
            let byte = bytes[index]
            guard isCandidate[Int(byte)] else {
                index += 1
                continue
            }
            switch byte {
            case ByteClass.period: index = period(at: index)
            case ByteClass.question, ByteClass.exclamation: index = exclamation(at: index)
            case ByteClass.newline: lineBreak(at: index); index += 1
            case ByteClass.space: listItem(after: index); index += 1
            default: index = punctuation(at: index)
            }
            if untilListStarts && listMarker != nil { break }
        }
        return index
    }

    // MARK: Candidates

    private mutating func period(at index: Int) -> Int {
        var runEnd = index + 1
        while runEnd < end && text[runEnd] == ByteClass.period { runEnd += 1 }
        if runEnd - index >= 3 { return ellipsis(at: index, runEnd: runEnd) }
        if runEnd - index == 1 && text[runEnd] == ByteClass.space && text[runEnd + 1] == ByteClass.period
            && runEnd + 1 < end {
            return spacedDots(at: index)
        }
        if runEnd < end && !text.isSpace(runEnd) && text.closerLength(at: runEnd) == 0 {
            return runTogether(at: index, next: runEnd)
        }
        activateSpans(before: index)
        let word = wordBefore(index)
        if word.kind == .listMarker { return runEnd }
        if word.kind == .number && listMarker == nil && opensListAfterColon(word.start) {
            cut(at: word.start)
            return runEnd
        }
        let closed = afterClosers(runEnd)
        if closed >= end || closed <= embeddedUntil { return closed }
        guard text.isSpace(closed) else {
            if closed > runEnd && ByteClass.isUpper(text[closed]) { cut(at: closed) }
            return closed
        }
        if endsSentence(after: word.kind, wordStart: word.start, before: followingWord(at: skipSpaces(from: closed))) {
            cut(at: closed)
        }
        return closed
    }

    private mutating func exclamation(at index: Int) -> Int {
        let runEnd = terminatorRunEnd(from: index + 1)
        activateSpans(before: index)
        let closed = afterClosers(runEnd)
        if closed >= end || closed <= embeddedUntil { return closed }
        guard text.isSpace(closed) else {
            if closed > runEnd && ByteClass.isUpper(text[closed]) { cut(at: closed) }
            return closed
        }
        let nextStart = skipSpaces(from: closed)
        if closed > runEnd && startsAttribution(at: nextStart) { return closed }
        let next = followingWord(at: nextStart)
        switch next.start {
        case .lowercase, .end: break
        case .punctuation(let byte) where BlockSplitter.continuesSentence(byte): break
        case .uppercase where runEnd == index + 1 && isExclaimedName(endingAt: index) && !next.opensSentence: break
        default: cut(at: closed)
        }
        return closed
    }

    /// "Yahoo! Finance": a name spelled with "!" goes on like an abbreviation.
    private func isExclaimedName(endingAt index: Int) -> Bool {
        var first = index
        while first > sentenceStart && ByteClass.isLetter(text[first - 1]) && index - first < WordKey.capacity { first -= 1 }
        guard first < index, let key = WordKey(text.bytes, first..<index, folded: false) else { return false }
        return Lexicon.exclaimedNames.contains(key)
    }

    /// "...", "....", "…": ends a sentence before a capital ("He paused... The crowd waited."),
    /// not before a lowercase word ("It was... fine."). "[...]" marks an omission, never an end.
    private mutating func ellipsis(at index: Int, runEnd dotsEnd: Int) -> Int {
        let before = text[index - 1]
        let after = text[dotsEnd]
        if (before == UInt8(ascii: "[") || before == UInt8(ascii: "(")) && (after == UInt8(ascii: "]") || after == UInt8(ascii: ")")) {
            return dotsEnd + 1
        }
        let runEnd = terminatorRunEnd(from: dotsEnd)
        activateSpans(before: index)
        let closed = afterClosers(runEnd)
        if closed >= end || closed <= embeddedUntil || index == content() { return closed }
        if closed > runEnd && startsAttribution(at: skipSpaces(from: closed)) { return closed }
        let capitalFollows = text.isSpace(closed)
            ? followingWord(at: skipSpaces(from: closed)).start == .uppercase
            : ByteClass.isUpper(text[closed]) && ByteClass.isLower(text[closed + 1])
        if capitalFollows { cut(at: closed) }
        return closed
    }

    /// Spaced dots, ". . .": three after a space are an omission inside a sentence; four end
    /// one. A period on a word followed by three more ends the sentence at the period when a
    /// capital follows, and the omission opens the next sentence.
    private mutating func spacedDots(at index: Int) -> Int {
        var lastDot = index
        var count = 1
        while lastDot + 2 < end && text[lastDot + 1] == ByteClass.space && text[lastDot + 2] == ByteClass.period {
            lastDot += 2
            count += 1
        }
        let runEnd = lastDot + 1
        activateSpans(before: index)
        let closed = afterClosers(runEnd)
        if closed >= end || closed <= embeddedUntil || index == content() { return closed }
        let attached = text.spaceLength(endingAt: index) == 0
        guard text.isSpace(closed), followingWord(at: skipSpaces(from: closed)).start == .uppercase else { return closed }
        if attached && count >= 4 {
            cut(at: index + 1)
        } else if count >= 4 {
            cut(at: closed)
        }
        return closed
    }

    /// A period with no space after it: inside a number, URL, e-mail address or file name it
    /// ends nothing, but "It ended.The next day" is two sentences.
    private mutating func runTogether(at index: Int, next: Int) -> Int {
        guard ByteClass.isUpper(text[next]) && ByteClass.isLower(text[next + 1]) else { return next }
        activateSpans(before: index)
        if next <= embeddedUntil || isLinkToken(around: index) { return next }
        switch wordBefore(index).kind {
        case .plain, .number: cut(at: next)
        default: break
        }
        return next
    }

    /// A line break inside a block (plain text). A whole line without final punctuation that is
    /// short or in title case (a headline, a list entry) ends its sentence unless the next line
    /// continues it; longer lines are hard-wrapped prose and go on.
    private mutating func lineBreak(at index: Int) {
        activateSpans(before: index)
        if index <= embeddedUntil { return }
        var contentEnd = index
        while contentEnd > sentenceStart {
            let length = text.spaceLength(endingAt: contentEnd)
            if length == 0 { break }
            contentEnd -= length
        }
        if contentEnd <= sentenceStart || endsWithPunctuation(contentEnd) { return }
        var lineStart = contentEnd
        while lineStart > start && text[lineStart - 1] != ByteClass.newline { lineStart -= 1 }
        let line = skipSpaces(from: lineStart)..<contentEnd
        // Only a sentence that is the whole line can be a headline or an entry.
        guard content() >= line.lowerBound else { return }
        let nextStart = skipSpaces(from: index + 1)
        if nextStart >= end { return }
        let lastByte = text[contentEnd - 1]
        let words = lineWords(line)
        if followingWord(at: nextStart).start == .lowercase {
            let trailingSpace = text[contentEnd] == ByteClass.space || text[contentEnd] == UInt8(ascii: "\t")
            let lastIsWord = ByteClass.isAlphanumeric(lastByte) || ByteClass.isContinuation(lastByte)
            if !trailingSpace && lastIsWord && words.count <= 3 { cut(at: index) }
            return
        }
        if BlockSplitter.continuesLine(lastByte) || text.isThreeByte(contentEnd - 3, 0x80, 0x94)
            || text.isThreeByte(contentEnd - 3, 0x80, 0x93) || endsWithContinuingWord(contentEnd) {
            return
        }
        if line.count <= BlockSplitter.shortLineLength || words.titled == words.capitalized { cut(at: index) }
    }

    /// Three-byte punctuation: the ellipsis character, and bullets, which open list items.
    private mutating func punctuation(at index: Int) -> Int {
        if text.isEllipsis(index) { return ellipsis(at: index, runEnd: index + 3) }
        let bulletLength = text.bulletLength(at: index)
        guard bulletLength > 0 else { return index + 1 }
        activateSpans(before: index)
        if index > embeddedUntil && text.spaceLength(endingAt: index) > 0 { cut(at: index) }
        return index + bulletLength
    }

    private mutating func listItem(after spaceIndex: Int) {
        guard let marker = listMarker, marker.nextStarts(text, at: spaceIndex + 1) else { return }
        activateSpans(before: spaceIndex)
        if spaceIndex > embeddedUntil { cut(at: spaceIndex) }
        listMarker = marker.advanced()
    }

    // MARK: Decisions

    /// Whether a period after `word` ends the sentence, given what follows it.
    private mutating func endsSentence(after word: WordBeforePeriod, wordStart: Int, before next: FollowingWord) -> Bool {
        switch next.start {
        case .lowercase, .end: return false
        case .punctuation(let byte) where BlockSplitter.continuesSentence(byte): return false
        default: break
        }
        let opensSentence = next.opensSentence || next.isQuotedCapital
        switch word {
        case .plain, .number: return true
        case .listMarker: return false
        case .initial(let pronoun): return pronoun || next.opensSentence
        case .acronym: return opensSentence
        case .abbreviation(let kind):
            switch kind {
            case .title, .connective: return false
            case .numbered, .general: return next.start != .digit && opensSentence
            case .numberedWord: return next.start != .digit
            case .clockTime:
                if opensWithClockTime(wordStart) { return false }
                return (next.start == .uppercase && !next.followsClockTime) || next.isQuotedCapital
            }
        }
    }

    private static func continuesSentence(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"), UInt8(ascii: "]"),
            UInt8(ascii: "}"), UInt8(ascii: "%"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    private static func continuesLine(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "&"),
            UInt8(ascii: "("), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    /// "The rankings were as follows: 1. Finland 2. Norway": a list numbered from 1 starts
    /// after a colon; its items become sentences of their own.
    private mutating func opensListAfterColon(_ wordStart: Int) -> Bool {
        var position = wordStart
        while position > sentenceStart && ByteClass.isASCIISpace(text[position - 1]) { position -= 1 }
        guard position < wordStart, text[position - 1] == UInt8(ascii: ":"),
            let marker = ListMarker(text, at: wordStart), marker.ordinal == 1, !marker.isLetter
        else { return false }
        listMarker = marker
        return true
    }

    /// "At 5 a.m. Mr. Smith went to the bank.": a clock time in a short opening phrase of a
    /// capitalized sentence is followed by the rest of that sentence.
    private mutating func opensWithClockTime(_ wordStart: Int) -> Bool {
        let first = content()
        guard ByteClass.isUpper(text[first]), wordStart - first <= 40 else { return false }
        var words = 0
        var inWord = false
        for index in first..<wordStart {
            let isSpace = ByteClass.isASCIISpace(text[index])
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words <= 3
    }

    // MARK: Words around a candidate

    /// The word ending at the period at `periodIndex`, without quotation marks or brackets.
    private mutating func wordBefore(_ periodIndex: Int) -> (kind: WordBeforePeriod, start: Int) {
        let limit = max(sentenceStart, periodIndex - BlockSplitter.maximumWordLookBack)
        var first = periodIndex
        while first > limit && text.spaceLength(endingAt: first) == 0 { first -= 1 }
        if first == limit && limit > sentenceStart && text.spaceLength(endingAt: first) == 0 {
            return (.plain, first)
        }
        while first < periodIndex {
            let length = max(text.openerLength(at: first), text.bulletLength(at: first))
            if length == 0 { break }
            first += length
        }
        var last = periodIndex
        while last > first {
            if ByteClass.isASCIICloser(text[last - 1]) || text[last - 1] == ByteClass.apostrophe {
                last -= 1
            } else if text.isThreeByte(last - 3, 0x80, 0x9D) || text.isThreeByte(last - 3, 0x80, 0x99) {
                last -= 3
            } else {
                break
            }
        }
        guard first < last else { return (.plain, first) }
        return (classify(first..<last), first)
    }

    private mutating func classify(_ word: Range<Int>) -> WordBeforePeriod {
        var letters = 0
        var digits = 0
        var dots = 0
        var longestSegment = 0
        var segment = 0
        var isLink = false
        for index in word {
            let byte = text[index]
            if ByteClass.isLetter(byte) {
                letters += 1
                segment += 1
            } else if ByteClass.isDigit(byte) {
                digits += 1
            } else if byte == ByteClass.period {
                dots += 1
                longestSegment = max(longestSegment, segment)
                segment = 0
            } else if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "/") {
                isLink = true
            }
        }
        longestSegment = max(longestSegment, segment)
        let length = word.count
        let isFirstWord = word.lowerBound == content()
        if isFirstWord && (digits == length && length <= 3 || length == 1 && ByteClass.isLower(text[word.lowerBound])) {
            return .listMarker
        }
        if isLink { return .plain }
        if digits > 0 { return letters == 0 ? .number : .plain }
        if dots > 0 {
            guard letters + dots == length && longestSegment <= 2 else { return .plain }
            if let key = WordKey(text.bytes, word, folded: true), let kind = Lexicon.foldedAbbreviations[key] {
                return .abbreviation(kind)
            }
            return .acronym
        }
        if length == 1 && ByteClass.isUpper(text[word.lowerBound]) {
            return .initial(pronoun: text[word.lowerBound] == UInt8(ascii: "I") && followsLowercaseWord(word.lowerBound))
        }
        if let key = WordKey(text.bytes, word, folded: false), let kind = Lexicon.exactAbbreviations[key] {
            return .abbreviation(kind)
        }
        if let key = WordKey(text.bytes, word, folded: true), let kind = Lexicon.foldedAbbreviations[key] {
            return .abbreviation(kind)
        }
        return .plain
    }

    /// "you and I.": the word before `index` is lowercase, so "I" is the pronoun, not an initial.
    private func followsLowercaseWord(_ index: Int) -> Bool {
        var position = index
        let limit = max(sentenceStart, index - BlockSplitter.maximumWordLookBack)
        while position > limit {
            let length = text.spaceLength(endingAt: position)
            if length == 0 { break }
            position -= length
        }
        guard position < index else { return false }
        while position > limit && text.spaceLength(endingAt: position) == 0 { position -= 1 }
        while position < index && text.openerLength(at: position) > 0 { position += 1 }
        return ByteClass.isLower(text[position])
    }

    /// The word starting at `index`, past opening quotation marks and brackets.
    private func followingWord(at index: Int) -> FollowingWord {
        var position = index
        var quoted = false
        for _ in 0..<3 {
            let length = text.openerLength(at: position)
            if length == 0 { break }
            position += length
            quoted = true
        }
        guard position < end else { return FollowingWord(start: .end) }
        let byte = text[position]
        if ByteClass.isLower(byte) { return FollowingWord(start: .lowercase, quoted: quoted) }
        if ByteClass.isDigit(byte) { return FollowingWord(start: .digit, quoted: quoted) }
        if ByteClass.isUpper(byte) {
            var wordEnd = position + 1
            while wordEnd < end && ByteClass.isLetter(text[wordEnd]) && wordEnd - position <= WordKey.capacity { wordEnd += 1 }
            var word = FollowingWord(start: .uppercase, quoted: quoted)
            let followedByPeriod = text[wordEnd] == ByteClass.period
            if let folded = WordKey(text.bytes, position..<wordEnd, folded: true) {
                word.opensSentence = Lexicon.sentenceOpeners.contains(folded) && !(wordEnd - position == 1 && followedByPeriod)
                word.followsClockTime = Lexicon.clockTimeFollowers.contains(folded)
            }
            return word
        }
        if text.isThreeByte(position, 0x80, 0x93) || text.isThreeByte(position, 0x80, 0x94) {
            return FollowingWord(start: .punctuation(UInt8(ascii: "-")), quoted: quoted)  // – —
        }
        if ByteClass.isMultiByteLead(byte), let scalar = text.scalar(at: position) {
            if scalar.properties.isLowercase { return FollowingWord(start: .lowercase, quoted: quoted) }
            if scalar.properties.isUppercase { return FollowingWord(start: .uppercase, quoted: quoted) }
        }
        return FollowingWord(start: .punctuation(byte), quoted: quoted)
    }

    /// `"Who is there?" Smith asked.`: a capitalized name and a verb of saying continue the
    /// sentence of a quotation ending in a question, exclamation or ellipsis.
    private func startsAttribution(at index: Int) -> Bool {
        guard ByteClass.isUpper(text[index]) else { return false }
        var position = index + 1
        while position < end && (ByteClass.isLetter(text[position]) || text[position] == UInt8(ascii: "-")) { position += 1 }
        guard text[position] == ByteClass.space else { return false }
        let verbStart = position + 1
        var verbEnd = verbStart
        while verbEnd < end && ByteClass.isLower(text[verbEnd]) && verbEnd - verbStart <= WordKey.capacity { verbEnd += 1 }
        guard verbEnd < end ? !ByteClass.isLetter(text[verbEnd]) : true,
            let verb = WordKey(text.bytes, verbStart..<verbEnd, folded: false)
        else { return false }
        return Lexicon.speechVerbs.contains(verb)
    }

    /// Whether the token around `index` is a URL, e-mail address or file name: it holds "@",
    /// "/", "_" or "=", or another period followed by a letter or digit.
    private mutating func isLinkToken(around index: Int) -> Bool {
        if index >= linkToken.start && index < linkToken.end { return linkToken.isLink }
        var first = index
        let limit = max(start, index - BlockSplitter.maximumWordLookBack)
        while first > limit && text.spaceLength(endingAt: first) == 0 { first -= 1 }
        var isLink = first == limit && first > start && text.spaceLength(endingAt: first) == 0
        var last = first
        while last < end && !text.isSpace(last) {
            let byte = text[last]
            switch byte {
            case UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "="):
                isLink = true
            case ByteClass.period where last != index:
                if ByteClass.isAlphanumeric(text[last + 1]) { isLink = true }
            default:
                break
            }
            last += 1
        }
        linkToken = (first, last, isLink)
        return isLink
    }

    private func endsWithPunctuation(_ contentEnd: Int) -> Bool {
        var last = contentEnd
        while last > start {
            if ByteClass.isASCIICloser(text[last - 1]) || text[last - 1] == ByteClass.apostrophe {
                last -= 1
            } else if text.isThreeByte(last - 3, 0x80, 0x9D) || text.isThreeByte(last - 3, 0x80, 0x99) {
                last -= 3
            } else {
                break
            }
        }
        return text.endsWithTerminator(last)
    }

    /// Lines up to this many bytes are short enough to stand alone as headlines or entries.
    private static let shortLineLength = 40

    /// How many words a line has, and how many of them are capitalized (or numbers) out of
    /// those that a title would capitalize (all but "of", "the" and the like).
    private func lineWords(_ line: Range<Int>) -> (count: Int, titled: Int, capitalized: Int) {
        var count = 0
        var titled = 0
        var capitalized = 0
        var index = line.lowerBound
        while index < line.upperBound {
            var wordEnd = index
            while wordEnd < line.upperBound && !ByteClass.isASCIISpace(text[wordEnd]) { wordEnd += 1 }
            if wordEnd > index {
                count += 1
                let first = text[index]
                if ByteClass.isUpper(first) || ByteClass.isDigit(first) {
                    titled += 1
                    capitalized += 1
                } else if !(WordKey(text.bytes, index..<wordEnd, folded: false).map(Lexicon.titleSmallWords.contains) ?? false) {
                    titled += 1
                }
            }
            index = wordEnd + 1
        }
        return (count, titled, capitalized)
    }

    /// "said on\nTuesday": the line ends with a word the sentence must go on after.
    private func endsWithContinuingWord(_ contentEnd: Int) -> Bool {
        var first = contentEnd
        while first > start && ByteClass.isLower(text[first - 1]) && contentEnd - first < WordKey.capacity { first -= 1 }
        guard first < contentEnd, text.spaceLength(endingAt: first) > 0 || first == start,
            let key = WordKey(text.bytes, first..<contentEnd, folded: false)
        else { return false }
        return Lexicon.continuingWords.contains(key)
    }

    // MARK: Positions

    private func afterClosers(_ index: Int) -> Int {
        var position = index
        while position < end {
            let length = text.closerLength(at: position)
            if length == 0 { break }
            position += length
        }
        // A closing quotation mark set off by a space, `that. ”`, still ends this sentence.
        let next = skipSpaces(from: position)
        if next > position && next < end {
            let isCurly = text.isThreeByte(next, 0x80, 0x9D) && (next + 3 == end || text.isSpace(next + 3))
            let isStraight = text[next] == ByteClass.straightQuote && next + 1 == end
            if isCurly { return next + 3 }
            if isStraight { return next + 1 }
        }
        return position
    }

    private func terminatorRunEnd(from index: Int) -> Int {
        var position = index
        while position < end {
            if ByteClass.isTerminator(text[position]) {
                position += 1
            } else if text.isEllipsis(position) {
                position += 3
            } else {
                break
            }
        }
        return position
    }

    private func skipSpaces(from index: Int) -> Int {
        var position = index
        while position < end {
            let length = text.spaceLength(at: position)
            if length == 0 { break }
            position += length
        }
        return position
    }

    /// The first character of the current sentence that is not a space or a bullet.
    private mutating func content() -> Int {
        if contentCache.sentenceStart == sentenceStart { return contentCache.index }
        var position = sentenceStart
        while position < end {
            let length = max(text.spaceLength(at: position), text.bulletLength(at: position))
            if length == 0 { break }
            position += length
        }
        contentCache = (sentenceStart, position)
        return position
    }

    /// Whether the current sentence has a letter or digit before `index`.
    private mutating func hasWord(before index: Int) -> Bool {
        if wordSearch.sentenceStart != sentenceStart { wordSearch = (sentenceStart, sentenceStart, -1) }
        if wordSearch.found >= 0 { return wordSearch.found < index }
        while wordSearch.searchedTo < index {
            let byte = text[wordSearch.searchedTo]
            if ByteClass.isAlphanumeric(byte)
                || ByteClass.isMultiByteLead(byte) && text.scalar(at: wordSearch.searchedTo)?.properties.isAlphabetic == true
            {
                wordSearch.found = wordSearch.searchedTo
                return true
            }
            wordSearch.searchedTo += 1
        }
        return false
    }

    // MARK: Quotations

    /// Takes in the quotations and parentheses opened before `index`; those that sit inside a
    /// longer sentence (text before them in the sentence, or the sentence going on after them)
    /// keep their inner sentence ends from splitting it.
    private mutating func activateSpans(before index: Int) {
        while nextSpan < spans.count && spans[nextSpan].open < index {
            let span = spans[nextSpan]
            nextSpan += 1
            if span.close > index && span.close > embeddedUntil && isEmbedded(span) {
                embeddedUntil = span.close
            }
        }
    }

    private mutating func isEmbedded(_ span: QuotedSpan) -> Bool {
        if hasWord(before: span.open) { return true }
        if text[span.close - 1] == UInt8(ascii: ",") { return true }
        let after = skipSpaces(from: span.close + span.closeLength)
        guard after < end else { return false }
        let byte = text[after]
        return ByteClass.isLower(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
    }

    private mutating func cut(at index: Int) {
        guard content() < index else { return }
        cuts.append(index)
        sentenceStart = index
    }
}
