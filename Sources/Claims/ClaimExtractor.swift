import Ingest
import Sentences

/// Extracts every claim of an article: numeric claims and attributions, with numeric claims
/// inside attributed content linked to their attribution.
public enum ClaimExtractor {
    public static func claims(in article: Article, date: Day?) -> [Claim] {
        let sentences = SentenceSplitter.split(article)
        return claims(text: article.text, sentences: sentences, date: date)
    }

    public static func claims(text: String, sentences: [Sentence], date: Day?) -> [Claim] {
        let numeric = NumericClaimExtractor.claims(text: text, sentences: sentences, date: date)
        let attributions = AttributionExtractor.attributionsAndTitles(text: text, sentences: sentences, date: date)
        var claims: [Claim] = []
        claims.reserveCapacity(numeric.count + attributions.count)
        for claim in numeric { claims.append(.numeric(AttributionExtractor.linking(claim, to: attributions))) }
        for attribution in attributions { claims.append(.attribution(attribution)) }
        return claims
    }
}
