extension AttributionExtractor {
    /// Links a numeric claim to the attribution whose content holds it; the innermost one when
    /// attributions nest ("Mexican officials have told him …" inside what Villigran told Fox News).
    public static func linking(_ claim: NumericClaim, to attributions: [AttributionClaim]) -> NumericClaim {
        var linked = claim
        var narrowest = Int.max
        // By index: only each attribution's spans are read, not the whole claim copied.
        for index in attributions.indices {
            for span in attributions[index].contentSpans where span.start <= claim.start && claim.end <= span.end {
                if span.end - span.start < narrowest {
                    narrowest = span.end - span.start
                    linked.attribution = attributions[index].id
                }
            }
        }
        return linked
    }
}
