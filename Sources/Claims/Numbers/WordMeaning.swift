/// What the known words mean to the number and time readers.
extension Word {
    /// "one" … "ninety": the values a spelled number adds up.
    var cardinal: Double? {
        switch self {
        case .zero: 0
        case .one: 1
        case .two: 2
        case .three: 3
        case .four: 4
        case .five: 5
        case .six: 6
        case .seven: 7
        case .eight: 8
        case .nine: 9
        case .ten: 10
        case .eleven: 11
        case .twelve: 12
        case .thirteen: 13
        case .fourteen: 14
        case .fifteen: 15
        case .sixteen: 16
        case .seventeen: 17
        case .eighteen: 18
        case .nineteen: 19
        case .twenty: 20
        case .thirty: 30
        case .forty: 40
        case .fifty: 50
        case .sixty: 60
        case .seventy: 70
        case .eighty: 80
        case .ninety: 90
        default: nil
        }
    }

    var isTens: Bool { (cardinal ?? 0) >= 20 }

    /// Powers of ten a number is multiplied by: "thousand", and the suffixes of "4bn", "234K".
    var scaleExponent: Int? {
        switch self {
        case .hundred: 2
        case .thousand, .k: 3
        case .million, .mn, .mln: 6
        case .billion, .bn, .bln: 9
        case .trillion, .tn, .trn: 12
        default: nil
        }
    }

    /// Plural scale words in vague quantities: "hundreds of", "thousands of", "dozens of".
    var vagueScale: Double? {
        switch self {
        case .tens: 10
        case .dozens: 12
        case .hundreds: 100
        case .thousands: 1e3
        case .millions: 1e6
        case .billions: 1e9
        default: nil
        }
    }

    /// "third", "twentieth": ordinal positions ("first" and "second" are kept for the reader to judge).
    var ordinal: Int? {
        switch self {
        case .first: 1
        case .second: 2
        case .third: 3
        case .fourth: 4
        case .fifth: 5
        case .sixth: 6
        case .seventh: 7
        case .eighth: 8
        case .ninth: 9
        case .tenth: 10
        case .eleventh: 11
        case .twelfth: 12
        case .thirteenth: 13
        case .fourteenth: 14
        case .fifteenth: 15
        case .sixteenth: 16
        case .seventeenth: 17
        case .eighteenth: 18
        case .nineteenth: 19
        case .twentieth: 20
        case .thirtieth: 30
        case .fortieth: 40
        case .fiftieth: 50
        case .hundredth: 100
        case .thousandth: 1000
        case .millionth: 1_000_000
        default: nil
        }
    }

    /// Fraction denominators: "half", "third(s)", "quarter(s)" … "tenth(s)".
    var denominator: Double? {
        switch self {
        case .half, .halves: 2
        case .third, .thirds: 3
        case .quarter, .quarters, .fourth, .fourths: 4
        case .fifth, .fifths: 5
        case .sixth, .sixths: 6
        case .seventh, .sevenths: 7
        case .eighth, .eighths: 8
        case .ninth, .ninths: 9
        case .tenth, .tenths: 10
        default: nil
        }
    }

    var isPluralFraction: Bool {
        switch self {
        case .halves, .thirds, .quarters, .fourths, .fifths, .sixths, .sevenths, .eighths, .ninths, .tenths: true
        default: false
        }
    }

    /// 1 … 12 for month names and their abbreviations.
    var month: Int? {
        switch self {
        case .january, .jan: 1
        case .february, .feb: 2
        case .march, .mar: 3
        case .april, .apr: 4
        case .may: 5
        case .june, .jun: 6
        case .july, .jul: 7
        case .august, .aug: 8
        case .september, .sep, .sept: 9
        case .october, .oct: 10
        case .november, .nov: 11
        case .december, .dec: 12
        default: nil
        }
    }

    var isMonthAbbreviation: Bool {
        switch self {
        case .jan, .feb, .mar, .apr, .jun, .jul, .aug, .sep, .sept, .oct, .nov, .dec: true
        default: false
        }
    }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int? {
        switch self {
        case .sunday: 0
        case .monday: 1
        case .tuesday: 2
        case .wednesday: 3
        case .thursday: 4
        case .friday: 5
        case .saturday: 6
        default: nil
        }
    }

    /// Currency words after a number ("4 billion dollars") and codes before or after it.
    var currencyCode: String? {
        switch self {
        case .dollars, .dollar, .usd: "USD"
        case .euros, .euro, .eur: "EUR"
        case .pounds, .pound, .gbp: "GBP"
        case .yen, .jpy: "JPY"
        case .pesos, .peso, .mxn: "MXN"
        case .yuan, .cny: "CNY"
        case .rupees, .inr: "INR"
        case .cad: "CAD"
        case .aud: "AUD"
        case .chf: "CHF"
        default: nil
        }
    }

    var isCurrencyCodeWord: Bool {
        switch self {
        case .usd, .eur, .gbp, .jpy, .cad, .aud, .chf, .cny, .inr, .mxn: true
        default: false
        }
    }

    /// Units of measure, normalized.
    var measurementUnit: String? {
        switch self {
        case .km, .kilometers, .kilometres: "km"
        case .miles, .mile, .mi: "mi"
        case .mph: "mph"
        case .kph: "km/h"
        case .meters, .metres: "m"
        case .feet, .foot, .ft: "ft"
        case .inches: "in"
        case .kg, .kilograms: "kg"
        case .grams: "g"
        case .lbs, .lb: "lb"
        case .tons, .tonnes: "t"
        case .acres: "acre"
        case .hectares: "ha"
        case .gallons: "gal"
        case .liters, .litres: "l"
        case .barrels: "bbl"
        case .degrees: "°"
        default: nil
        }
    }

    /// Duration units, singular.
    var durationUnit: String? {
        switch self {
        case .seconds: "second"
        case .minutes, .minute: "minute"
        case .hours, .hour: "hour"
        case .days, .day: "day"
        case .weeks, .week: "week"
        case .months, .month: "month"
        case .years, .year: "year"
        case .decades, .decade: "decade"
        case .centuries, .century: "century"
        default: nil
        }
    }

    /// The period of a rate word ("annually" → "year"), for rates written as one word.
    var rateAdverb: String? {
        switch self {
        case .annually, .yearly: "year"
        case .daily: "day"
        case .weekly: "week"
        case .monthly: "month"
        default: nil
        }
    }

    /// Verbs and adverbs of change before a number: "rose 3 points", "up 20%".
    var change: String? {
        switch self {
        case .rose, .rise, .rises, .risen, .up, .increased, .increase, .jumped, .climbed, .grew, .surged, .gained: "increase"
        case .fell, .fall, .falls, .down, .decreased, .decrease, .dropped, .declined, .plunged: "decrease"
        default: nil
        }
    }

    /// "doubled", "tripled", "halved": a change stated as a multiple.
    var multiple: Double? {
        switch self {
        case .doubled: 2
        case .tripled: 3
        case .quadrupled: 4
        case .halved: 0.5
        default: nil
        }
    }

    var isSuperlative: Bool {
        switch self {
        case .highest, .lowest, .largest, .biggest, .smallest, .most: true
        default: false
        }
    }

    /// Words that end a counted noun phrase: function words, auxiliaries and reporting verbs.
    var endsNounPhrase: Bool {
        switch self {
        case .the, .a, .an, .this, .that, .these, .those, .inWord, .on, .at, .to, .from, .by, .with, .forWord, .of,
            .per, .along, .across, .over, .under, .into, .through, .during, .since, .after, .before, .between, .among,
            .about, .against, .and, .or, .but, .asWord, .than, .so, .ifWord, .whileWord, .because, .who, .which, .whom,
            .whose, .it, .its, .they, .he, .she, .we, .you, .i, .isWord, .are, .was, .were, .be, .been, .being, .have,
            .has, .had, .doWord, .does, .did, .will, .would, .can, .could, .may, .might, .must, .shall, .should, .said,
            .says, .say, .told, .alone, .also, .only, .just, .still, .already, .ago, .each, .every, .there, .here,
            .whereWord, .when, .then, .not, .their, .his, .her, .our, .your, .my, .them, .him, .according, .including,
            .like, .out, .off, .via, .toward, .towards, .near, .within, .without, .amid, .despite, .versus, .whether,
            .nor, .yet, .both, .either, .neither, .all, .few, .other, .another, .such, .same, .own, .what, .how,
            .last, .next, .past, .previous, .yesterday, .today, .tomorrow, .tonight, .annually, .daily, .weekly,
            .monthly, .yearly, .rose, .fell, .increased, .decreased, .jumped, .dropped, .climbed, .declined, .grew,
            .surged, .plunged, .gained, .doubled, .tripled, .quadrupled, .halved, .up, .down, .until, .although,
            .however, .meanwhile, .though, .now, .instead, .once, .thus, .therefore:
            true
        default: month != nil || weekday != nil
        }
    }

    /// Verbs of movement that take "up" as a particle: "shot up to 14.7%" reached 14.7%, it is no
    /// upper bound.
    var movesUp: Bool {
        switch self {
        case .shot, .ticked, .edged, .inched, .crept, .went, .moved, .spiked, .soared, .bumped, .rose, .jumped, .climbed,
            .surged:
            true
        default: false
        }
    }

    /// Capitalized words that name rather than count: "Title 42", "Section 8", "Flight 370".
    var namesWhatFollows: Bool {
        switch self {
        case .title, .section, .article, .chapter, .amendment, .route, .interstate, .flight, .page, .room, .item,
            .phase, .level, .episode, .covid, .no:
            true
        default: false
        }
    }

    /// Capitalized after a number, a product variant: "737 Max", "iPhone 14 Pro", "Galaxy S23 Ultra".
    var namesVariant: Bool {
        switch self {
        case .max, .pro, .plus, .ultra, .mini: true
        default: false
        }
    }

    /// Determiners before a model number: "the 747 jumbo jet", "its 787 Dreamliner".
    var introducesModelNumber: Bool {
        switch self {
        case .the, .a, .an, .its, .their, .his, .her, .this, .that: true
        default: false
        }
    }

    /// Verbs and bodies before a vote count: "voted 7-2", "passed the Senate 51-50".
    var introducesTally: Bool {
        switch self {
        case .voted, .passed, .failed, .ruled, .won, .lost, .approved, .rejected, .confirmed, .defeated, .senate, .house, .court:
            true
        default: false
        }
    }

    var isStreetSuffix: Bool {
        switch self {
        case .street, .st, .avenue, .ave, .road, .rd, .boulevard, .blvd, .drive, .lane, .way, .place, .court,
            .parkway, .terrace:
            true
        default: false
        }
    }

    /// Plural nouns that do not end in "s", so "2000 people" is a count rather than a year.
    var isIrregularPlural: Bool {
        switch self {
        case .people, .men, .women, .children, .police, .staff, .personnel, .troops: true
        default: false
        }
    }

    /// Nouns spelled the same in the plural, so "30 aircraft" counts aircraft; they also modify a noun
    /// after them ("4 crew members", "3 aircraft carriers"). "Series" and "species" end in "s" and read
    /// as plurals already.
    var isZeroPlural: Bool {
        switch self {
        case .aircraft, .sheep, .deer, .fish, .offspring, .livestock, .crew: true
        default: false
        }
    }

    /// Singular nouns for a vehicle that a model number can name: "the 747 jumbo jet", "a 737 jetliner".
    var isVehicleNoun: Bool {
        switch self {
        case .jet, .jetliner, .airliner, .airplane, .plane, .superjumbo, .jumbo, .freighter, .helicopter: true
        default: false
        }
    }
}
