/// A word of up to 16 UTF-8 bytes packed into two integers, so that looking a word up in the
/// lexicon costs no allocation on the scanning path.
struct WordKey: Equatable, Sendable {
    static let capacity = 16
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The key of `bytes[range]`, ASCII letters lowercased when `folded`; nil when too long.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folded: Bool) {
        guard range.count <= WordKey.capacity else { return nil }
        for (position, index) in range.enumerated() {
            var byte = bytes[index]
            if folded && ByteClass.isUpper(byte) { byte |= 0x20 }
            if position < 8 {
                low |= UInt64(byte) << (UInt64(position) * 8)
            } else {
                high |= UInt64(byte) << (UInt64(position - 8) * 8)
            }
        }
    }

    init(_ word: String) {
        let bytes = Array(word.utf8)
        self = bytes.withUnsafeBufferPointer { WordKey($0, 0..<$0.count, folded: false)! }
    }

    /// A multiplicative hash of the packed bytes, top `bits` bits.
    @inline(__always) func slot(bits: Int) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - bits))
    }
}

/// An open-addressing table from words to values, built once: a lookup costs two
/// multiplications and a probe or two, where `Dictionary` would run SipHash.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [WordKey?]
    private var values: [Value?]
    private let bits: Int

    init(_ entries: [(WordKey, Value)]) {
        var bits = 4
        while 1 << bits < entries.count * 4 { bits += 1 }
        self.bits = bits
        keys = Array(repeating: nil, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        for (key, value) in entries {
            var slot = key.slot(bits: bits)
            while let existing = keys[slot], existing != key { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }

    subscript(key: WordKey) -> Value? {
        var slot = key.slot(bits: bits)
        while let existing = keys[slot] {
            if existing == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }
}

/// How a word written with a period after it behaves at a possible sentence end.
enum AbbreviationKind: Sendable {
    /// Stands before a name and never ends a sentence: "Mr.", "Gov.", "Lt.".
    case title
    /// Only ever joins parts of a sentence: "vs.", "e.g.", "approx.".
    case connective
    /// Usually precedes a number ("vol. 3", "pp. 12"); otherwise read as an abbreviation.
    case numbered
    /// An ordinary word that abbreviates before a number: "No. 5", "p. 12", "fig. 3".
    case numberedWord
    /// A clock time's "a.m."/"p.m.": ends a sentence before a capitalized word that is not a day,
    /// month or time zone.
    case clockTime
    /// May end a sentence ("Inc.", "Jan.", "Calif.", "etc."); does so only before a word that
    /// typically opens one.
    case general
}

/// The words the splitter needs to know: abbreviations, words that open sentences, and the
/// words that follow a clock time within one sentence.
enum Lexicon {
    /// Looked up with the word's exact case: these are abbreviations only when capitalized.
    static let exactAbbreviations: WordTable<AbbreviationKind> = table([
        (.title, """
            Mr Mrs Ms Mx Dr Drs Prof Profs Gov Govs Sen Sens Rep Reps Lt Lieut Col Gen Gens Capt Sgt \
            Sgts Adm Maj Cpl Pvt Spc Cmdr Cdr Brig Rev Revd Hon Rt Msgr Fr Pres Supt Atty Amb Sec \
            Messrs Mmes Mme Mlle Insp Det Gov't
            """),
        (.general, """
            Inc Corp Co Cos Ltd Bros Jr Sr Esq Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec \
            St Mt Ft Ave Blvd Rd Ln Hwy Pkwy Ste Apt Dept Univ Assn Assoc Govt Natl Intl Mfg Dist Div \
            Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss \
            Mo Mont Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wyo
            """),
        (.numbered, "Nos Nr Vol Vols Pp Ch Chap Para Paras Pg"),
        (.numberedWord, "No Fig Art Sec"),
    ])

    /// Looked up with ASCII letters lowercased.
    static let foldedAbbreviations: WordTable<AbbreviationKind> = table([
        (.connective, "vs v cf viz approx incl esp e.g i.e a.k.a"),
        (.clockTime, "a.m p.m"),
        (.numbered, "nos nr vol vols pp ch chap para paras pg ca n° nº №"),
        (.numberedWord, "no p c fig art sec op"),
        (.general, "etc inc corp co ltd jr sr dept est al st mt ft ave blvd hrs lbs oz yds sq mi"),
    ])

    /// Capitalized words that typically open a sentence (lowercased). After an abbreviation
    /// that can also end a sentence ("Inc.", "U.S."), one of these signals that it did.
    static let sentenceOpeners: WordTable<Bool> = words("""
        the a an this that these those there here it its he she they we i you his her \
        their our my your but and or so yet if when while after before since as at in on for from \
        with by to of about during under over although though because however meanwhile moreover \
        still also then now later earlier last next first one some many most all both each every \
        no not only what who how why where which whether according despite today yesterday \
        instead overall is are was were did do does has have had can could would should must \
        such other another more even just once until unless asked
        """)

    /// Capitalized words that follow a clock time inside a sentence: "4 p.m. Tuesday",
    /// "10 a.m. ET" (lowercased).
    static let clockTimeFollowers: WordTable<Bool> = words("""
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri \
        sat sun january february march april may june july august september october november \
        december jan feb mar apr jun jul aug sep sept oct nov dec et est edt ct cst cdt mt mst \
        mdt pt pst pdt akst akdt hst gmt utc bst cet cest ist jst aest local eastern central \
        pacific mountain
        """)

    /// Verbs of saying: `"Why?" Schiff asked.` is one sentence.
    static let speechVerbs: WordTable<Bool> = words("""
        said says asked asks added adds told tells wrote writes replied replies recalled \
        continued explained noted shouted yelled insisted countered responded tweeted quipped \
        wondered cried pressed demanded
        """)

    /// Short words a title leaves in lowercase: "Storm Hits the Coast of Maine".
    static let titleSmallWords: WordTable<Bool> = words("a an the of in on at to for and or but nor by with from as vs via")

    /// Names written with an exclamation mark.
    static let exclaimedNames: WordTable<Bool> = words("Yahoo Jeopardy Wham Oklahoma Mamma Airplane")

    /// Lowercase words a hard-wrapped line can end with while the sentence goes on.
    static let continuingWords: WordTable<Bool> = words("""
        the a an of to in on at for with and or but nor by from that as is was are were be been \
        his her their its our your my this these those than into onto about over under after \
        before between who which whose when where while if not no so
        """)

    private static func table(_ groups: [(AbbreviationKind, String)]) -> WordTable<AbbreviationKind> {
        WordTable(groups.flatMap { kind, list in list.split(separator: " ").map { (WordKey(String($0)), kind) } })
    }

    private static func words(_ list: String) -> WordTable<Bool> {
        WordTable(list.split(separator: " ").map { (WordKey(String($0)), true) })
    }
}
