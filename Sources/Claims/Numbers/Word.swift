/// The words the number and time readers know, looked up once per word token by a hash of the
/// lower-cased bytes (verified against the spelling, so a collision cannot misread a word).
enum Word: String, CaseIterable, Sendable {
    case zero
    case one
    case two
    case three
    case four
    case five
    case six
    case seven
    case eight
    case nine
    case ten
    case eleven
    case twelve
    case thirteen
    case fourteen
    case fifteen
    case sixteen
    case seventeen
    case eighteen
    case nineteen
    case twenty
    case thirty
    case forty
    case fifty
    case sixty
    case seventy
    case eighty
    case ninety
    case hundred
    case thousand
    case million
    case billion
    case trillion
    case dozen
    case dozens
    case hundreds
    case thousands
    case millions
    case billions
    case tens
    case couple
    case half
    case halves
    case quarter
    case quarters
    case third
    case thirds
    case fourth
    case fourths
    case fifth
    case fifths
    case sixth
    case sixths
    case seventh
    case sevenths
    case eighth
    case eighths
    case ninth
    case ninths
    case tenth
    case tenths
    case first
    case second
    case eleventh
    case twelfth
    case thirteenth
    case fourteenth
    case fifteenth
    case sixteenth
    case seventeenth
    case eighteenth
    case nineteenth
    case twentieth
    case thirtieth
    case fortieth
    case fiftieth
    case hundredth
    case thousandth
    case millionth
    case k
    case m
    case mn
    case mln
    case bn
    case b
    case bln
    case tn
    case trn
    case t
    case st
    case nd
    case rd
    case th
    case s
    case percent
    case pct
    case cent
    case percentage
    case point
    case points
    case basis
    case dollars
    case dollar
    case euros
    case euro
    case pounds
    case pound
    case yen
    case pesos
    case peso
    case yuan
    case rupees
    case cents
    case usd
    case eur
    case gbp
    case jpy
    case cad
    case aud
    case chf
    case cny
    case inr
    case mxn
    case km
    case kilometers
    case kilometres
    case miles
    case mile
    case mi
    case mph
    case kph
    case meters
    case metres
    case feet
    case foot
    case ft
    case inches
    case kg
    case kilograms
    case grams
    case lbs
    case lb
    case tons
    case tonnes
    case acres
    case hectares
    case gallons
    case liters
    case litres
    case barrels
    case degrees
    case square
    case seconds
    case minutes
    case hours
    case days
    case weeks
    case months
    case years
    case decades
    case centuries
    case minute
    case hour
    case day
    case week
    case month
    case year
    case decade
    case century
    case old
    case per
    case a
    case an
    case each
    case every
    case annually
    case daily
    case weekly
    case monthly
    case yearly
    case approximately
    case about
    case around
    case roughly
    case someWord = "some"
    case estimated
    case circa
    case more
    case than
    case over
    case above
    case exceeding
    case upwards
    case of
    case inWord = "in"
    case excess
    case well
    case just
    case greater
    case higher
    case north
    case at
    case least
    case no
    case fewer
    case less
    case minimum
    case nearly
    case almost
    case under
    case close
    case to
    case shy
    case below
    case approaching
    case lower
    case up
    case asWord = "as"
    case many
    case much
    case most
    case maximum
    case not
    case high
    case between
    case and
    case or
    case from
    case plus
    case max
    case pro
    case ultra
    case mini
    case so
    case only
    case rose
    case rise
    case rises
    case risen
    case fell
    case fall
    case falls
    case down
    case increased
    case increase
    case decreased
    case decrease
    case jumped
    case dropped
    case climbed
    case declined
    case grew
    case surged
    case plunged
    case gained
    case doubled
    case tripled
    case quadrupled
    case halved
    case shot
    case ended
    case ending
    case ends
    case ticked
    case edged
    case inched
    case crept
    case went
    case moved
    case spiked
    case soared
    case bumped
    case twice
    case highest
    case lowest
    case largest
    case biggest
    case smallest
    case since
    case by
    case january
    case february
    case march
    case april
    case may
    case june
    case july
    case august
    case september
    case october
    case november
    case december
    case jan
    case feb
    case mar
    case apr
    case jun
    case jul
    case aug
    case sep
    case sept
    case oct
    case nov
    case dec
    case monday
    case tuesday
    case wednesday
    case thursday
    case friday
    case saturday
    case sunday
    case last
    case this
    case next
    case past
    case previous
    case coming
    case earlier
    case later
    case early
    case late
    case mid
    case yesterday
    case today
    case tomorrow
    case tonight
    case ago
    case alone
    case fiscal
    case fy
    case q
    case weekend
    case the
    case during
    case until
    case compared
    case prior
    case voted
    case passed
    case failed
    case ruled
    case won
    case lost
    case approved
    case rejected
    case confirmed
    case defeated
    case senate
    case house
    case although
    case however
    case meanwhile
    case though
    case now
    case instead
    case once
    case thus
    case therefore
    case et
    case on
    case throughout
    case straight
    case consecutive
    case time
    case am
    case pm
    case these
    case those
    case with
    case forWord = "for"
    case along
    case across
    case into
    case through
    case after
    case before
    case among
    case against
    case but
    case ifWord = "if"
    case whileWord = "while"
    case because
    case who
    case which
    case whom
    case whose
    case it
    case its
    case they
    case he
    case she
    case we
    case you
    case i
    case isWord = "is"
    case are
    case was
    case were
    case be
    case been
    case being
    case have
    case has
    case had
    case doWord = "do"
    case does
    case did
    case will
    case would
    case can
    case could
    case might
    case must
    case shall
    case should
    case said
    case says
    case say
    case told
    case also
    case still
    case already
    case there
    case here
    case whereWord = "where"
    case when
    case then
    case their
    case his
    case her
    case our
    case your
    case my
    case them
    case him
    case according
    case including
    case like
    case out
    case off
    case via
    case toward
    case towards
    case near
    case within
    case without
    case amid
    case despite
    case versus
    case whether
    case nor
    case yet
    case both
    case either
    case neither
    case all
    case few
    case other
    case another
    case such
    case same
    case own
    case that
    case what
    case how
    case street
    case avenue
    case ave
    case road
    case boulevard
    case blvd
    case drive
    case lane
    case way
    case place
    case court
    case parkway
    case terrace
    case title
    case section
    case article
    case chapter
    case amendment
    case route
    case interstate
    case flight
    case page
    case room
    case item
    case phase
    case level
    case episode
    case covid
    case people
    case men
    case women
    case children
    case police
    case staff
    case personnel
    case troops
    case aircraft
    case sheep
    case deer
    case fish
    case offspring
    case livestock
    case crew
    case jet
    case jetliner
    case airliner
    case airplane
    case plane
    case superjumbo
    case jumbo
    case freighter
    case helicopter

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The longest known spelling, in bytes; longer words are never looked up.
    static let longest = allCases.map(\.rawValue.utf8.count).max() ?? 0

    /// A known word and its spelling packed into two words, eight letters each (no spelling is
    /// longer than sixteen): a look-up compares the packed spelling instead of reading another array.
    private struct Entry {
        var word: Word
        var length: Int
        var spelling: Packed
    }

    private struct Packed: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        /// Bytes `0..<min(count, 16)` of `bytes`, each transformed, little-endian.
        init(_ count: Int, _ byte: (Int) -> UInt8) {
            for index in 0..<min(count, 16) {
                let shifted = UInt64(byte(index)) << UInt64(8 * (index % 8))
                if index < 8 { low |= shifted } else { high |= shifted }
            }
        }
    }

    private static let table: WordKeyTable<Entry> = {
        var table = WordKeyTable<Entry>(capacity: allCases.count)
        for word in allCases {
            let spelling = Array(word.rawValue.utf8)
            precondition(spelling.count <= 16, "known words are packed into sixteen bytes")
            table.insert(
                Entry(word: word, length: spelling.count, spelling: Packed(spelling.count) { spelling[$0] }),
                for: spelling.reduce(hashSeed, mix))
        }
        return table
    }()

    /// The word spelled by `bytes` (any case), given the hash of its lower-cased bytes.
    static func lookup(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Word? {
        guard let entry = table[hash], entry.length == bytes.count,
            entry.spelling == Packed(bytes.count, { bytes[$0] | 0x20 })
        else { return nil }
        return entry.word
    }
}
