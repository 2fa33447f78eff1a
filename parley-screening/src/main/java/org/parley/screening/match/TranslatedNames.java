package org.parley.screening.match;

import java.util.List;
import org.parley.screening.index.PreparedName;
import org.parley.screening.names.TokenKind;

/**
 * Scoring rules for a name translated from Chinese (holding glossary terms) compared with another
 * name. Chinese organisation names are a place, a brand or other distinctive words, generic words
 * (研究所 research institute, 科技 technology) and a legal form; English renderings add and drop the
 * generic words freely, but a place or brand is the identity. So: form words (china, national,
 * research …) cost little when unmatched; a name whose brand matched costs little for generic words
 * it lacks; a brandless name (place + generic words: 天津大学) is identified by all its words; and
 * two names that share only generic words while a place, a number or a brand (the first word after
 * the leading places and form words: 天津<b>医科</b>大学) is left unmatched are not scored above
 * {@link #UNANCHORED_CAP}. Stateless.
 */
final class TranslatedNames {
    /** Share of its weight an unmatched form word keeps (china, national, research …). */
    static final double FORM_SHARE = 0.3;
    /** Share of its weight an unmatched generic word keeps when a brand or number matched. */
    static final double ANCHORED_GENERIC_SHARE = 0.35;
    /**
     * Share of its weight an unmatched distinctive word after the brand keeps when the brand matched:
     * most likely a generic word the glossary does not know, left in pinyin (飞源气体 "feiyuan qiti" ~
     * Feiyuan Gas).
     */
    static final double UNTRANSLATED_SHARE = 0.5;
    /** Highest score of names that share no distinctive word while one of them has one. */
    static final double UNANCHORED_CAP = 0.8;
    /** A distinctive word counts as matched at this similarity or more (one typo in a long word). */
    private static final double ANCHOR_SIMILARITY = 0.9;

    /**
     * What identifies the pair: a matched brand (or number, or other distinctive word); the generic
     * words, places matched, when the names have no brand; or nothing, when a place, number or
     * brand is left out.
     */
    enum Anchor {
        BRAND,
        DESCRIPTIVE,
        MISSING
    }

    private TranslatedNames() {}

    static boolean applies(PreparedName query, PreparedName listName) {
        return query.isTranslated() || listName.isTranslated();
    }

    static Anchor anchor(
            PreparedName query, PreparedName listName, List<Link> links, boolean[] queryUsed, boolean[] listUsed) {
        for (Link link : links) {
            boolean close = link.similarity() >= ANCHOR_SIMILARITY
                    && link.kind() != Link.LinkKind.LEGAL_FORM
                    && link.kind() != Link.LinkKind.INITIAL;
            if (close
                    && (anyDistinctive(query, link.queryStart(), link.queryEnd())
                            || anyDistinctive(listName, link.listStart(), link.listEnd()))) {
                return Anchor.BRAND;
            }
        }
        boolean identityLeftOut =
                leavesIdentityOut(query, queryUsed, links, true) || leavesIdentityOut(listName, listUsed, links, false);
        return identityLeftOut ? Anchor.MISSING : Anchor.DESCRIPTIVE;
    }

    /**
     * Whether a place, a number or the brand of the name is unmatched or matched only loosely (a
     * typo: Beijing ~ Beihang).
     */
    private static boolean leavesIdentityOut(PreparedName name, boolean[] used, List<Link> links, boolean queryside) {
        int brand = brandPosition(name);
        for (int i = 0; i < name.size(); i++) {
            boolean identity = name.kind(i) == TokenKind.PLACE || name.kind(i) == TokenKind.NUMBER || i == brand;
            if (identity && (!used[i] || !matchedClosely(links, i, queryside))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchedClosely(List<Link> links, int index, boolean queryside) {
        for (Link link : links) {
            int start = queryside ? link.queryStart() : link.listStart();
            int end = queryside ? link.queryEnd() : link.listEnd();
            if (index >= start && index < end) {
                return link.similarity() >= ANCHOR_SIMILARITY;
            }
        }
        return false;
    }

    /**
     * The brand: the first word after the leading places, form words and legal forms when it is
     * distinctive (天津<b>医科</b>大学, 立讯精密工业), else -1 (中国科学院<b>基础</b>… has a generic word first).
     */
    static int brandPosition(PreparedName name) {
        for (int i = 0; i < name.size(); i++) {
            TokenKind kind = name.kind(i);
            if (kind == TokenKind.PLACE || kind == TokenKind.LEGAL_FORM || name.isForm(i)) {
                continue;
            }
            return isDistinctive(name, i) ? i : -1;
        }
        return -1;
    }

    /**
     * Share of its weight an unmatched generic or form word keeps, or a negative value when the
     * token is neither (the general rules apply).
     */
    static double unmatchedShare(PreparedName name, int index, int brand, Anchor anchor, double extraShare) {
        if (name.isForm(index) || (name.isParent(index) && isGeneric(name, index))) {
            return FORM_SHARE; // a form word, or a generic word naming the parent group
        }
        if (!isGeneric(name, index)) {
            boolean afterBrand = anchor == Anchor.BRAND && index != brand && name.kind(index) != TokenKind.NUMBER;
            return afterBrand && isDistinctive(name, index) ? UNTRANSLATED_SHARE : -1;
        }
        return switch (anchor) {
            case BRAND -> ANCHORED_GENERIC_SHARE;
            case DESCRIPTIVE -> 1.0; // without a brand, the generic words are the identity
            case MISSING -> extraShare;
        };
    }

    /** Whether the token counts when deciding if words conflict (form words and the parent's do not). */
    static boolean countsAsExtra(PreparedName name, int index) {
        return !name.isForm(index) && !(name.isParent(index) && isGeneric(name, index));
    }

    private static boolean isGeneric(PreparedName name, int index) {
        return name.kind(index) == TokenKind.TERM || name.isGeneric(index);
    }

    private static boolean isDistinctive(PreparedName name, int index) {
        TokenKind kind = name.kind(index);
        boolean wordOrNumber = kind == TokenKind.WORD || kind == TokenKind.ROMANIZED || kind == TokenKind.NUMBER;
        return wordOrNumber && !name.isGeneric(index);
    }

    private static boolean anyDistinctive(PreparedName name, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isDistinctive(name, i)) {
                return true;
            }
        }
        return false;
    }
}
