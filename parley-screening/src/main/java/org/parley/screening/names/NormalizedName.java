package org.parley.screening.names;

import java.util.List;
import java.util.Objects;

/**
 * A name reduced to comparable tokens. A Chinese glossary term can have structurally different
 * English renderings (工业大学 → "university of technology" or "polytechnical university"), so a
 * name may have several token variants; the first is the preferred one. Immutable.
 *
 * @param original the name as given
 * @param variants token sequences, at least one
 * @param notes what normalization did, for explanations ("han→latin: hua wei ji shu", …)
 */
public record NormalizedName(String original, List<List<NameToken>> variants, List<String> notes) {
    public NormalizedName {
        Objects.requireNonNull(original, "original");
        variants = variants.stream().map(List::copyOf).toList();
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a normalized name needs at least one token variant");
        }
        notes = List.copyOf(notes);
    }

    /** The preferred token sequence. */
    public List<NameToken> tokens() {
        return variants.get(0);
    }

    public boolean isEmpty() {
        return tokens().isEmpty();
    }

    /** The preferred tokens joined by spaces, e.g. "huawei technology co ltd". */
    public String text() {
        var text = new StringBuilder();
        for (NameToken token : tokens()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(token.text());
        }
        return text.toString();
    }
}
