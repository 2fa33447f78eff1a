package org.parley.screening.index;

import java.util.Map;
import java.util.Set;
import org.parley.screening.names.NameToken;
import org.parley.screening.names.TokenKind;

/**
 * How much each token counts in a match: rare words much (inverse document frequency over all
 * indexed names), common words ("trading", "mohammad") less, legal forms and initials little.
 * Immutable, thread-safe.
 */
public final class TokenWeights {
    /** Weight of a legal-form token; it barely moves a score. */
    public static final float LEGAL_FORM = 0.08f;
    /** Weight of an initial ("V." of "Vladimir V. Putin"). */
    public static final float INITIAL = 0.2f;
    /** Weight of a number; numbers often tell apart sibling entities (CETC 10 vs CETC 14). */
    public static final float NUMBER = 0.7f;
    /** Share of its weight that a place prefix keeps when the other name lacks it. */
    public static final float UNMATCHED_PLACE_SHARE = 0.3f;
    /**
     * Share of its weight that romanized Chinese (pinyin of characters outside the glossary) keeps
     * when unmatched: English names often spell brands their own way (海康威视 → Hikvision).
     */
    public static final float UNMATCHED_ROMANIZED_SHARE = 0.5f;

    private static final float FLOOR = 0.2f;

    private final Map<String, Integer> documentFrequency;
    private final double logNames;
    private final int names;
    private final Set<String> genericWords;
    private final Set<String> formWords;

    TokenWeights(Map<String, Integer> documentFrequency, int names, Set<String> genericWords, Set<String> formWords) {
        this.documentFrequency = documentFrequency;
        this.names = Math.max(names, 1);
        this.logNames = Math.log(this.names + 1.0);
        this.genericWords = Set.copyOf(genericWords);
        this.formWords = Set.copyOf(formWords);
    }

    /** Weights without statistics: every word counts as rare, none as generic. */
    public static TokenWeights uniform() {
        return new TokenWeights(Map.of(), 1, Set.of(), Set.of());
    }

    /**
     * Whether the token says what kind of organisation a name is rather than which one (university,
     * research, technology …; see {@link org.parley.screening.names.NameNormalizer#genericWords()}).
     */
    public boolean isGeneric(NameToken token) {
        return token.kind().isWordLike() && genericWords.contains(token.text());
    }

    /** Whether the token is a generic word that English names add or drop freely (china, research …). */
    public boolean isForm(NameToken token) {
        return token.kind().isWordLike() && formWords.contains(token.text());
    }

    public int documentFrequency(String word) {
        return documentFrequency.getOrDefault(word, 0);
    }

    public float weight(NameToken token) {
        return switch (token.kind()) {
            case LEGAL_FORM -> LEGAL_FORM;
            case INITIAL -> INITIAL;
            case NUMBER -> NUMBER;
            case WORD, PLACE, ROMANIZED, TERM -> wordWeight(token);
        };
    }

    private float wordWeight(NameToken token) {
        int frequency = documentFrequency(token.text());
        for (String alternative : token.alternatives()) {
            frequency = Math.max(frequency, documentFrequency(alternative));
        }
        if (frequency == 0) {
            return 1.0f;
        }
        double rarity = Math.log((names + 1.0) / (frequency + 0.5)) / logNames;
        return (float) Math.max(FLOOR, Math.min(1.0, FLOOR + (1.0 - FLOOR) * rarity));
    }

    static boolean countsForFrequency(NameToken token) {
        return token.kind().isWordLike() || token.kind() == TokenKind.PLACE;
    }
}
