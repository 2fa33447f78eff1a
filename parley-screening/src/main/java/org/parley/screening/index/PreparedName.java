package org.parley.screening.index;

import java.util.List;
import org.parley.screening.names.NameToken;
import org.parley.screening.names.TokenKind;
import org.parley.screening.names.TokenSimilarity;

/**
 * One token variant of a normalized name with everything the scorer needs precomputed: spellings,
 * kinds, weights and the core words joined without spaces. Immutable, thread-safe.
 */
public final class PreparedName {
    private final List<NameToken> tokens;
    private final String[][] spellings;
    private final String[][] skeletons;
    private final String[] joinedWithNext;
    private final String[] joinedWithNextTwo;
    private final float[] weights;
    private final boolean[] generic;
    private final boolean[] form;
    private final int parentEnd;
    private final boolean translated;
    private final float totalWeight;
    private final String joinedCore;

    public PreparedName(List<NameToken> tokens, TokenWeights weights) {
        this.tokens = List.copyOf(tokens);
        this.spellings = new String[tokens.size()][];
        this.skeletons = new String[tokens.size()][];
        this.joinedWithNext = new String[tokens.size()];
        this.joinedWithNextTwo = new String[tokens.size()];
        this.weights = new float[tokens.size()];
        this.generic = new boolean[tokens.size()];
        this.form = new boolean[tokens.size()];
        boolean anyTerm = false;
        float total = 0;
        var joined = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            String[] forms = new String[1 + token.alternatives().size()];
            forms[0] = token.text();
            for (int a = 0; a < token.alternatives().size(); a++) {
                forms[a + 1] = token.alternatives().get(a);
            }
            spellings[i] = forms;
            skeletons[i] = new String[forms.length];
            for (int a = 0; a < forms.length; a++) {
                skeletons[i][a] = TokenSimilarity.skeleton(forms[a]);
            }
            if (i + 1 < tokens.size()
                    && token.kind().isWordLike()
                    && tokens.get(i + 1).kind().isWordLike()) {
                joinedWithNext[i] = token.text() + tokens.get(i + 1).text();
                if (i + 2 < tokens.size() && tokens.get(i + 2).kind().isWordLike()) {
                    joinedWithNextTwo[i] = joinedWithNext[i] + tokens.get(i + 2).text();
                }
            }
            this.weights[i] = weights.weight(token);
            this.generic[i] = weights.isGeneric(token);
            this.form[i] = weights.isForm(token);
            anyTerm |= token.kind() == TokenKind.TERM;
            total += this.weights[i];
            if (token.kind().isWordLike() || token.kind() == TokenKind.NUMBER) {
                joined.append(token.text());
            }
        }
        this.translated = anyTerm;
        this.parentEnd = parentEnd(tokens);
        this.totalWeight = total;
        this.joinedCore = joined.toString();
    }

    public int size() {
        return tokens.size();
    }

    public NameToken token(int index) {
        return tokens.get(index);
    }

    public TokenKind kind(int index) {
        return tokens.get(index).kind();
    }

    public String text(int index) {
        return tokens.get(index).text();
    }

    /** The token's text followed by its alternative spellings. Do not modify. */
    public String[] spellings(int index) {
        return spellings[index];
    }

    /** Consonant skeletons of {@link #spellings(int)}, same order. Do not modify. */
    public String[] skeletons(int index) {
        return skeletons[index];
    }

    /**
     * {@code words} (2 or 3) adjacent words from {@code index} joined ("hua" + "wei", "yun" + "li" +
     * "da"), or null when one of them is not a word.
     */
    public String joined(int index, int words) {
        return words == 2 ? joinedWithNext[index] : joinedWithNextTwo[index];
    }

    public float weight(int index) {
        return weights[index];
    }

    /** Whether the token says what kind of organisation this is, not which one (see {@link TokenWeights}). */
    public boolean isGeneric(int index) {
        return generic[index];
    }

    /** Whether the token is a form word that English names add or drop freely (china, research …). */
    public boolean isForm(int index) {
        return form[index];
    }

    /**
     * Whether the token belongs to a parent organisation named first and closed by a legal form in
     * the middle of the name (中国航空工业集团公司 | 北京航空制造工程研究所).
     */
    public boolean isParent(int index) {
        return index < parentEnd;
    }

    /** End of the parent organisation's tokens (its legal form included), or 0 when there is none. */
    private static int parentEnd(List<NameToken> tokens) {
        int end = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == TokenKind.LEGAL_FORM
                    && tokens.get(i - 1).isCore()) {
                int after = i;
                while (after < tokens.size() && tokens.get(after).kind() == TokenKind.LEGAL_FORM) {
                    after++;
                }
                if (after < tokens.size()) {
                    end = after; // legal forms with more of the name after them: "group co" of a parent
                }
            }
        }
        return end;
    }

    /** Whether the name was translated from Chinese through the glossary (holds {@link TokenKind#TERM} tokens). */
    public boolean isTranslated() {
        return translated;
    }

    public float totalWeight() {
        return totalWeight;
    }

    /** Core words and numbers in order, without spaces ("huaweitechnologies"). */
    public String joinedCore() {
        return joinedCore;
    }
}
