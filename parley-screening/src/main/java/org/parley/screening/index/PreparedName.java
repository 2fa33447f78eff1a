package org.parley.screening.index;

import java.util.List;
import org.parley.screening.names.NameToken;
import org.parley.screening.names.TokenKind;

/**
 * One token variant of a normalized name with everything the scorer needs precomputed: spellings,
 * kinds, weights and the core words joined without spaces. Immutable, thread-safe.
 */
public final class PreparedName {
    private final List<NameToken> tokens;
    private final String[][] spellings;
    private final float[] weights;
    private final float totalWeight;
    private final String joinedCore;

    public PreparedName(List<NameToken> tokens, TokenWeights weights) {
        this.tokens = List.copyOf(tokens);
        this.spellings = new String[tokens.size()][];
        this.weights = new float[tokens.size()];
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
            this.weights[i] = weights.weight(token);
            total += this.weights[i];
            if (token.kind() == TokenKind.WORD || token.kind() == TokenKind.NUMBER) {
                joined.append(token.text());
            }
        }
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

    public float weight(int index) {
        return weights[index];
    }

    public float totalWeight() {
        return totalWeight;
    }

    /** Core words and numbers in order, without spaces ("huaweitechnologies"). */
    public String joinedCore() {
        return joinedCore;
    }
}
