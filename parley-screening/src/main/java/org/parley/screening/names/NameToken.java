package org.parley.screening.names;

import java.util.List;
import java.util.Objects;

/**
 * One word of a normalized name: lower-case ASCII text, its kind and alternative spellings that
 * count as the same word (from the Chinese glossary, e.g. 航空 → aviation | aeronautics).
 */
public record NameToken(String text, TokenKind kind, List<String> alternatives) {
    public NameToken {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        alternatives = List.copyOf(alternatives);
    }

    public static NameToken of(String text, TokenKind kind) {
        return new NameToken(text, kind, List.of());
    }

    public NameToken withKind(TokenKind newKind) {
        return new NameToken(text, newKind, alternatives);
    }

    /** Whether the token identifies the party (as opposed to legal forms and place prefixes). */
    public boolean isCore() {
        return kind == TokenKind.WORD
                || kind == TokenKind.ROMANIZED
                || kind == TokenKind.TERM
                || kind == TokenKind.NUMBER
                || kind == TokenKind.INITIAL;
    }
}
