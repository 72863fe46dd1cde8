/// A time expression read from tokens: its tokens and the calendar days it covers.
struct TimeMatch {
    func with(first: Int) -> TimeMatch {
        var copy = self
        copy.first = first
        return copy
    }

    var first: Int
    var last: Int
    var from: Day?
    var to: Day?
    var granularity: Period.Granularity
    /// `.date` or `.year` when the expression states a day number or a year; nil for purely
    /// relative ones ("last month", "in April"), which are periods but not quantities.
    var quantityKind: Quantity.Kind?
    /// A year's number ("2021"); nil for other dates.
    var value: Double?
    var lower: Double?
    var upper: Double?
}

/// Reads dates, years and relative periods from tokens, resolved against the publication date.
struct TimeReader {
    let tokens: [Token]
    let date: Day?

    // MARK: Dates that name a day or a year

    /// "May 23", "May 23, 2022", "23 May", "June 2022", "October last year", "2022-06-07", "6/7/2022",
    /// "2021", "2012–13", "1990s", "fiscal year 2022", "FY2022".
    func statedDate(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        if token.kind == .word, let word = token.word {
            if let month = word.month, token.capitalized { return monthDate(month, at: index) }
            if word == .fiscal || (word == .fy && token.allCaps) { return fiscalYear(at: index) }
            if word == .q || word.ordinal != nil { return quarter(at: index) }
            return nil
        }
        guard token.isPlainInteger else { return nil }
        if token.integerDigits <= 2 { return dayMonth(at: index) ?? numericDate(at: index) }
        if token.integerDigits == 4 { return yearDate(at: index) }
        return nil
    }

    private func monthDate(_ month: Int, at index: Int) -> TimeMatch? {
        var next = index + 1
        if tokens[index].word?.isMonthAbbreviation == true, next < tokens.count, tokens[next].isSymbol("."),
            !tokens[next].spaceBefore
        {
            next += 1
        }
        guard next < tokens.count else { return nil }
        let following = tokens[next]
        if following.isPlainInteger, following.integerDigits <= 2, following.spaceBefore, (1...31).contains(Int(following.mantissa)) {
            let day = Int(following.mantissa)
            var last = next
            if last + 1 < tokens.count, !tokens[last + 1].spaceBefore, isOrdinalSuffix(tokens[last + 1].word) { last += 1 }
            if let (year, yearIndex) = yearAfter(last) {
                return dayMatch(year: year, month: month, day: day, first: index, last: yearIndex)
            }
            return dayMatch(year: nearestYear(month: month, day: day), month: month, day: day, first: index, last: last)
        }
        if let year = yearValue(following), following.spaceBefore {
            return monthMatch(year: year, month: month, first: index, last: next)
        }
        if following.word == .of, next + 1 < tokens.count, let year = yearValue(tokens[next + 1]) {
            return monthMatch(year: year, month: month, first: index, last: next + 1)
        }
        if let relative = following.word, relative == .last || relative == .this || relative == .next,
            next + 1 < tokens.count, tokens[next + 1].word == .year
        {
            let year = date.map { $0.year + (relative == .last ? -1 : relative == .next ? 1 : 0) }
            var match = monthMatch(year: year, month: month, first: index, last: next + 1)
            match.quantityKind = .date
            return match
        }
        return nil
    }

    /// "23 May", "23 May 2022".
    private func dayMonth(at index: Int) -> TimeMatch? {
        let day = Int(tokens[index].mantissa)
        guard (1...31).contains(day), index + 1 < tokens.count, let month = tokens[index + 1].word?.month,
            tokens[index + 1].capitalized, tokens[index + 1].spaceBefore, tokens[index + 1].word != .may || index + 2 < tokens.count
        else { return nil }
        if let (year, yearIndex) = yearAfter(index + 1) {
            return dayMatch(year: year, month: month, day: day, first: index, last: yearIndex)
        }
        guard tokens[index + 1].word != .may else { return nil }
        return dayMatch(year: nearestYear(month: month, day: day), month: month, day: day, first: index, last: index + 1)
    }

    /// "6/7/2022", "06/07/22" (month first, as U.S. news write them).
    private func numericDate(at index: Int) -> TimeMatch? {
        guard index + 4 < tokens.count, tokens[index + 1].isSymbol("/"), tokens[index + 3].isSymbol("/"),
            tokens[index + 2].isPlainInteger, tokens[index + 4].isPlainInteger,
            !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore, !tokens[index + 3].spaceBefore,
            !tokens[index + 4].spaceBefore
        else { return nil }
        let month = Int(tokens[index].mantissa)
        let day = Int(tokens[index + 2].mantissa)
        let yearToken = tokens[index + 4]
        var year = Int(yearToken.mantissa)
        if yearToken.integerDigits == 2 { year += 2000 } else if yearToken.integerDigits != 4 { return nil }
        guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        return dayMatch(year: year, month: month, day: day, first: index, last: index + 4)
    }

    private func yearDate(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        let year = Int(token.mantissa)
        guard (1000...2199).contains(year) else { return nil }
        // ISO 8601: 2022-06-07.
        if index + 4 < tokens.count, tokens[index + 1].isSymbol("-"), tokens[index + 3].isSymbol("-"),
            tokens[index + 2].isPlainInteger, tokens[index + 2].integerDigits == 2, tokens[index + 4].isPlainInteger,
            tokens[index + 4].integerDigits == 2, !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
            !tokens[index + 3].spaceBefore, !tokens[index + 4].spaceBefore
        {
            let month = Int(tokens[index + 2].mantissa)
            let day = Int(tokens[index + 4].mantissa)
            if (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) {
                return dayMatch(year: year, month: month, day: day, first: index, last: index + 4)
            }
        }
        guard (1500...2100).contains(year) else { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        // Decades: "1990s".
        if let next, next.word == .s, !next.spaceBefore {
            guard year % 10 == 0 else { return nil }
            return TimeMatch(
                first: index, last: index + 1, from: Day(year: year, month: 1, day: 1),
                to: Day(year: year + 9, month: 12, day: 31), granularity: .range, quantityKind: .year,
                value: nil, lower: Double(year), upper: Double(year + 9))
        }
        // Year ranges: "2012–13", "2019-2021".
        if let next, next.isDash, index + 2 < tokens.count, tokens[index + 2].isPlainInteger {
            let end = tokens[index + 2]
            var endYear = Int(end.mantissa)
            if end.integerDigits == 2 { endYear += year / 100 * 100 }
            if end.integerDigits == 2 || end.integerDigits == 4, endYear > year, endYear - year <= 50 {
                return TimeMatch(
                    first: index, last: index + 2, from: Day(year: year, month: 1, day: 1),
                    to: Day(year: endYear, month: 12, day: 31), granularity: .range, quantityKind: .year, value: nil,
                    lower: Double(year), upper: Double(endYear))
            }
        }
        guard isYearInContext(at: index) else { return nil }
        return yearMatch(year, first: index, last: index)
    }

    /// A four-digit number reads as a year unless it carries a unit, sign or scale ("2000%", "1500 km"),
    /// follows an approximator ("about 1500"), or counts a plural noun ("2000 people") outside a
    /// prepositional phrase ("in 2011 aims to …" is a year).
    private func isYearInContext(at index: Int) -> Bool {
        let before = index > 0 ? tokens[index - 1].word : nil
        switch before {
        case .than, .about, .around, .nearly, .almost, .roughly, .approximately, .someWord, .least, .estimated: return false
        default: break
        }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        if next.isSymbol("%") || !next.spaceBefore && (next.kind == .word || next.isSymbol("+")) { return false }
        if let word = next.word, next.kind == .word,
            word.scaleExponent != nil || word == .percent || word == .pct || word.currencyCode != nil
                || word.measurementUnit != nil || word.durationUnit != nil || word == .more || word == .or
        {
            return false
        }
        switch before {
        case .inWord, .since, .until, .during, .before, .after, .through: return true
        default: break
        }
        guard next.kind == .word else { return true }
        if let word = next.word { return !word.isIrregularPlural && !word.isZeroPlural }
        return !looksPlural(next)
    }

    /// "fiscal year 2022", "fiscal 2022", "FY2022", "FY 2022", "FY22": the U.S. federal fiscal year,
    /// October of the year before through September.
    private func fiscalYear(at index: Int) -> TimeMatch? {
        var next = index + 1
        if tokens[index].word == .fiscal, next < tokens.count, tokens[next].word == .year {
            next += 1
            if let end = fiscalYearEnd(after: next) { return end.with(first: index) }
        }
        guard next < tokens.count, tokens[next].isPlainInteger else { return nil }
        var year = Int(tokens[next].mantissa)
        if tokens[next].integerDigits == 2 { year += 2000 } else if tokens[next].integerDigits != 4 { return nil }
        return TimeMatch(
            first: index, last: next, from: Day(year: year - 1, month: 10, day: 1), to: Day(year: year, month: 9, day: 30),
            granularity: .fiscalYear, quantityKind: .year, value: Double(year), lower: nil, upper: nil)
    }

    /// "(fiscal year) that ended Sept. 30", "ending June 30, 2021": the twelve months through that day.
    private func fiscalYearEnd(after index: Int) -> TimeMatch? {
        var next = index
        if next < tokens.count, tokens[next].word == .that || tokens[next].word == .which { next += 1 }
        guard next + 1 < tokens.count, let verb = tokens[next].word, verb == .ended || verb == .ending || verb == .ends,
            let month = tokens[next + 1].word?.month, tokens[next + 1].capitalized,
            let endDay = monthDate(month, at: next + 1), endDay.granularity == .day, let to = endDay.to
        else { return nil }
        return TimeMatch(
            first: index, last: endDay.last, from: to.addingMonths(-12).adding(days: 1), to: to, granularity: .fiscalYear,
            quantityKind: nil, value: nil, lower: nil, upper: nil)
    }

    /// "the third quarter", "the first quarter of 2022", "Q3", "Q1 2022". With a year it is a stated date;
    /// without one, the most recent such quarter that began on or before the publication date.
    private func quarter(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        let number: Int
        var last: Int
        if token.word == .q {
            guard token.allCaps, index + 1 < tokens.count, tokens[index + 1].isPlainInteger, !tokens[index + 1].spaceBefore,
                (1...4).contains(tokens[index + 1].mantissa)
            else { return nil }
            number = Int(tokens[index + 1].mantissa)
            last = index + 1
        } else {
            guard let ordinal = token.word?.ordinal, (1...4).contains(ordinal), index + 1 < tokens.count,
                tokens[index + 1].word == .quarter
            else { return nil }
            number = ordinal
            last = index + 1
        }
        var year: Int?
        var next = last + 1
        if next < tokens.count, tokens[next].word == .of { next += 1 }
        if next < tokens.count, let stated = yearValue(tokens[next]) {
            year = stated
            last = next
        } else if let date {
            year = (number - 1) * 3 + 1 <= date.month ? date.year : date.year - 1
        }
        guard let year else {
            return TimeMatch(first: index, last: last, from: nil, to: nil, granularity: .quarter, quantityKind: nil)
        }
        let from = Day(year: year, month: (number - 1) * 3 + 1, day: 1)
        let (_, to) = Day.monthBounds(year: year, month: number * 3)
        let stated = tokens[last].kind == .number && tokens[last].integerDigits == 4
        return TimeMatch(first: index, last: last, from: from, to: to, granularity: .quarter, quantityKind: stated ? .date : nil)
    }

    // MARK: Relative periods

    /// Relative and month-only expressions: "last month", "earlier this week", "yesterday", "Tuesday",
    /// "in April", "last October", "the past 12 months".
    func relativePeriod(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        guard token.kind == .word, let word = token.word else { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1].word : nil
        switch word {
        case .yesterday, .today, .tonight, .tomorrow:
            let offset = word == .yesterday ? -1 : word == .tomorrow ? 1 : 0
            let day = date?.adding(days: offset)
            return TimeMatch(first: index, last: index, from: day, to: day, granularity: .day, quantityKind: nil)
        case .last, .this, .next, .previous, .coming:
            if let next, let unit = next.durationUnit ?? (next == .weekend ? "weekend" : nil) {
                return relativeUnit(unit, step: word == .this ? 0 : word == .last || word == .previous ? -1 : 1, first: index, last: index + 1)
            }
            if let next, let month = next.month, tokens[index + 1].capitalized {
                return relativeMonth(month, direction: word, first: index, last: index + 1)
            }
            if let next, let weekday = next.weekday {
                return weekdayMatch(weekday, direction: word, first: index, last: index + 1)
            }
            return nil
        case .earlier, .later:
            guard next == .this, index + 2 < tokens.count, let unit = tokens[index + 2].word?.durationUnit,
                var match = relativeUnit(unit, step: 0, first: index, last: index + 2), let date
            else { return nil }
            if word == .earlier { match.to = date } else { match.from = date }
            return match
        case .the:
            return recentSpan(at: index)
        default:
            if let weekday = word.weekday, token.capitalized {
                return weekdayMatch(weekday, direction: .this, first: index, last: index)
            }
            if let month = word.month, token.capitalized, !word.isMonthAbbreviation || word == .sept {
                // "May" is the month after a preposition, or after "the" where a modal cannot stand ("the May encounters").
                guard word != .may || index > 0 && (isPrepositionBeforeMonth(tokens[index - 1].word) || tokens[index - 1].word == .the)
                else { return nil }
                return monthOnly(month, first: index, last: index)
            }
            return nil
        }
    }

    /// "the past 12 months", "the last three years": the span ending on the publication date.
    private func recentSpan(at index: Int) -> TimeMatch? {
        guard index + 3 < tokens.count, let lead = tokens[index + 1].word, lead == .past || lead == .last else { return nil }
        let amountToken = tokens[index + 2]
        let amount: Int
        if amountToken.isPlainInteger {
            amount = Int(amountToken.mantissa)
        } else if let cardinal = amountToken.word?.cardinal {
            amount = Int(cardinal)
        } else {
            return nil
        }
        guard let unit = tokens[index + 3].word?.durationUnit, amount > 0 else { return nil }
        guard let date else {
            return TimeMatch(first: index, last: index + 3, from: nil, to: nil, granularity: .range, quantityKind: nil)
        }
        let from: Day
        switch unit {
        case "day": from = date.adding(days: -amount)
        case "week": from = date.adding(days: -7 * amount)
        case "month": from = date.addingMonths(-amount)
        case "year": from = date.addingMonths(-12 * amount)
        case "decade": from = date.addingMonths(-120 * amount)
        default: return nil
        }
        return TimeMatch(first: index, last: index + 3, from: from, to: date, granularity: .range, quantityKind: nil)
    }

    private func relativeUnit(_ unit: String, step: Int, first: Int, last: Int) -> TimeMatch? {
        guard let date else {
            let granularity: Period.Granularity = unit == "month" ? .month : unit == "year" ? .year : .week
            return TimeMatch(first: first, last: last, from: nil, to: nil, granularity: granularity, quantityKind: nil)
        }
        switch unit {
        case "day":
            let day = date.adding(days: step)
            return TimeMatch(first: first, last: last, from: day, to: day, granularity: .day, quantityKind: nil)
        case "week", "weekend":
            let monday = date.adding(days: -((date.weekday + 6) % 7) + 7 * step)
            let from = unit == "weekend" ? monday.adding(days: 5) : monday
            return TimeMatch(first: first, last: last, from: from, to: monday.adding(days: 6), granularity: .week, quantityKind: nil)
        case "month":
            let start = Day(year: date.year, month: date.month, day: 1).addingMonths(step)
            let (from, to) = Day.monthBounds(year: start.year, month: start.month)
            return TimeMatch(first: first, last: last, from: from, to: to, granularity: .month, quantityKind: nil)
        case "year":
            return TimeMatch(
                first: first, last: last, from: Day(year: date.year + step, month: 1, day: 1),
                to: Day(year: date.year + step, month: 12, day: 31), granularity: .year, quantityKind: nil)
        default:
            return nil
        }
    }

    /// "last October": the most recent October before this month; "next October" the first after it.
    private func relativeMonth(_ month: Int, direction: Word, first: Int, last: Int) -> TimeMatch? {
        guard let date else { return monthMatch(year: nil, month: month, first: first, last: last) }
        let year: Int
        switch direction {
        case .last, .previous: year = month < date.month ? date.year : date.year - 1
        case .next, .coming: year = month > date.month ? date.year : date.year + 1
        default: year = date.year
        }
        return monthMatch(year: year, month: month, first: first, last: last)
    }

    /// A month on its own: the most recent such month that began on or before the publication date.
    private func monthOnly(_ month: Int, first: Int, last: Int) -> TimeMatch? {
        let year = date.map { month <= $0.month ? $0.year : $0.year - 1 }
        return monthMatch(year: year, month: month, first: first, last: last)
    }

    /// A weekday: the most recent one on or before the publication date ("Tuesday" in Tuesday's paper
    /// is that day); "next Tuesday" the first one after it.
    private func weekdayMatch(_ weekday: Int, direction: Word, first: Int, last: Int) -> TimeMatch? {
        guard let date else {
            return TimeMatch(first: first, last: last, from: nil, to: nil, granularity: .day, quantityKind: nil)
        }
        let day: Day
        if direction == .next || direction == .coming {
            let ahead = (weekday - date.weekday + 7) % 7
            day = date.adding(days: ahead == 0 ? 7 : ahead)
        } else {
            let back = (date.weekday - weekday + 7) % 7
            day = date.adding(days: -(back == 0 && direction == .last ? 7 : back))
        }
        return TimeMatch(first: first, last: last, from: day, to: day, granularity: .day, quantityKind: nil)
    }

    private func isPrepositionBeforeMonth(_ word: Word?) -> Bool {
        switch word {
        case .inWord, .since, .during, .until, .by, .of, .through, .from, .before, .after, .early, .late, .mid:
            true
        default: false
        }
    }

    // MARK: Pieces

    private func isOrdinalSuffix(_ word: Word?) -> Bool {
        word == .st || word == .nd || word == .rd || word == .th
    }

    /// A year right after `index`: ", 2022" or " 2022".
    private func yearAfter(_ index: Int) -> (Int, Int)? {
        var next = index + 1
        if next < tokens.count, tokens[next].isSymbol(","), !tokens[next].spaceBefore { next += 1 }
        guard next < tokens.count, tokens[next].spaceBefore, let year = yearValue(tokens[next]) else { return nil }
        if next + 1 < tokens.count, !tokens[next + 1].spaceBefore, tokens[next + 1].kind == .word { return nil }
        return (year, next)
    }

    private func yearValue(_ token: Token) -> Int? {
        guard token.isPlainInteger, token.integerDigits == 4, (1500...2100).contains(token.mantissa) else { return nil }
        return Int(token.mantissa)
    }

    /// The year that puts month/day closest to the publication date (a paper of January 5 writing
    /// "December 28" means the December just past; "June 30" in early June means this June).
    private func nearestYear(month: Int, day: Int) -> Int? {
        guard let date else { return nil }
        var best: Int?
        var bestDistance = Int.max
        for year in [date.year - 1, date.year, date.year + 1] {
            let candidate = Day(year: year, month: month, day: min(day, Day.daysIn(month: month, year: year)))
            let distance = abs(candidate.ordinal - date.ordinal)
            if distance < bestDistance {
                best = year
                bestDistance = distance
            }
        }
        return best
    }

    private func dayMatch(year: Int?, month: Int, day: Int, first: Int, last: Int) -> TimeMatch? {
        if let year {
            guard day <= Day.daysIn(month: month, year: year) else { return nil }
            let resolved = Day(year: year, month: month, day: day)
            return TimeMatch(first: first, last: last, from: resolved, to: resolved, granularity: .day, quantityKind: .date)
        }
        guard day <= Day.daysIn(month: month, year: 2000) else { return nil }
        return TimeMatch(first: first, last: last, from: nil, to: nil, granularity: .day, quantityKind: .date)
    }

    private func monthMatch(year: Int?, month: Int, first: Int, last: Int) -> TimeMatch {
        guard let year else {
            return TimeMatch(first: first, last: last, from: nil, to: nil, granularity: .month, quantityKind: nil)
        }
        let (from, to) = Day.monthBounds(year: year, month: month)
        let stated = last > first && tokens[last].kind == .number
        return TimeMatch(first: first, last: last, from: from, to: to, granularity: .month, quantityKind: stated ? .date : nil)
    }

    private func yearMatch(_ year: Int, first: Int, last: Int) -> TimeMatch {
        TimeMatch(
            first: first, last: last, from: Day(year: year, month: 1, day: 1), to: Day(year: year, month: 12, day: 31),
            granularity: .year, quantityKind: .year, value: Double(year))
    }
}

/// A plural-looking word: ends in "s" but not "ss", "us" or "is" ("encounters", not "census").
func looksPlural(_ token: Token) -> Bool {
    token.kind == .word && token.pluralLike
}

extension Day {
    /// The same day `months` months later, clamped to the month's length.
    func addingMonths(_ months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)))
    }
}
