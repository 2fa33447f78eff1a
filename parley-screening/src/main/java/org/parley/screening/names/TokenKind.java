package org.parley.screening.names;

/** What a token of a normalized name stands for; decides how much it weighs in a match. */
public enum TokenKind {
    /** An ordinary name word: carries the identity of the party. */
    WORD,
    /** A number (digits, ordinals, number words): must match exactly. */
    NUMBER,
    /** A single letter, usually an initial of a person's name. */
    INITIAL,
    /** A legal-form designator (co ltd, jsc, gmbh, 有限公司 …): down-weighted. */
    LEGAL_FORM,
    /**
     * Pinyin of Chinese characters outside the glossary, joined ("华为" → "huawei"): matches like a
     * word, but weighs less when absent on the other side, since English names of Chinese brands
     * often are not pinyin (海康威视 → Hikvision).
     */
    ROMANIZED,
    /** A city or province that often prefixes a company name: down-weighted when absent on one side. */
    PLACE,
    /**
     * A generic organisational word translated from Chinese through the glossary (大学 → university,
     * 研究所 → research institute): matches like a word; a name holding such words is compared with
     * the rules for translated Chinese names (see the match package).
     */
    TERM;

    /** Whether tokens of this kind are spelled-out words (ordinary, romanized or translated), which may be joined. */
    public boolean isWordLike() {
        return this == WORD || this == ROMANIZED || this == TERM;
    }
}
