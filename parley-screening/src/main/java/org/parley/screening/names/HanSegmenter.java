package org.parley.screening.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a run of (simplified) Han characters into English-comparable tokens: glossary terms by
 * greedy longest match, ordinals (第十 → 10), and the remaining characters as pinyin, joined the
 * way English renders names ("华为" → "huawei"; a short personal name "习近平" → "xi jinping").
 * Thread-safe.
 */
final class HanSegmenter {

    /** One piece of the run: its alternative renderings, each a token sequence. */
    record Piece(List<List<NameToken>> renderings) {
        static Piece single(NameToken token) {
            return new Piece(List.of(List.of(token)));
        }
    }

    private final ChineseGlossary glossary;
    private final ScriptTransliterator transliterator;

    HanSegmenter(ChineseGlossary glossary, ScriptTransliterator transliterator) {
        this.glossary = glossary;
        this.transliterator = transliterator;
    }

    /**
     * Segments {@code han}. {@code personName} says the whole name is a short Han string, which
     * English writes as family name + joined given name.
     */
    List<Piece> segment(String han, boolean personName, List<String> notes) {
        var pieces = new ArrayList<Piece>();
        var unmatched = new StringBuilder();
        var glossaryNotes = new ArrayList<String>();
        int position = 0;
        while (position < han.length()) {
            int numeralEnd = numeralEnd(han, position);
            ChineseGlossary.Term term = personName ? null : glossary.longestAt(han, position);
            if (numeralEnd > position) {
                flushPinyin(unmatched, personName, pieces);
                String numerals = han.substring(han.charAt(position) == '第' ? position + 1 : position, numeralEnd);
                pieces.add(
                        Piece.single(NameToken.of(Long.toString(ChineseNumerals.value(numerals)), TokenKind.NUMBER)));
                position = numeralEnd;
            } else if (term != null) {
                flushPinyin(unmatched, personName, pieces);
                pieces.add(new Piece(term.renderings()));
                glossaryNotes.add(
                        term.chinese() + "→" + describe(term.renderings().get(0)));
                position += term.chinese().length();
            } else if (han.charAt(position) == '第') {
                position++; // an ordinal marker before Arabic digits, which are not part of the Han run
            } else {
                unmatched.append(han.charAt(position));
                position++;
            }
        }
        flushPinyin(unmatched, personName, pieces);
        if (glossaryNotes.isEmpty()) {
            // Without any organisational term the run is a personal name or a bare brand: its pinyin
            // is an ordinary word, not a down-weighted brand romanization.
            pieces.replaceAll(piece -> new Piece(piece.renderings().stream()
                    .map(rendering -> rendering.stream()
                            .map(token -> token.kind() == TokenKind.ROMANIZED ? token.withKind(TokenKind.WORD) : token)
                            .toList())
                    .toList()));
        }
        notes.add("han→latin: " + transliterator.pinyin(han));
        if (!glossaryNotes.isEmpty()) {
            notes.add("glossary: " + String.join(", ", glossaryNotes));
        }
        return pieces;
    }

    /** End of an ordinal (第 + numerals) or a multi-character number starting at position, else position. */
    private static int numeralEnd(String han, int position) {
        int start = han.charAt(position) == '第' ? position + 1 : position;
        int end = start;
        while (end < han.length() && ChineseNumerals.isNumeral(han.charAt(end))) {
            end++;
        }
        String numerals = han.substring(start, end);
        boolean ordinal = start > position && end > start;
        boolean compound = numerals.length() >= 2 && numerals.matches(".*[十百千].*");
        return (ordinal || compound) && ChineseNumerals.value(numerals) >= 0 ? end : position;
    }

    private void flushPinyin(StringBuilder unmatched, boolean personName, List<Piece> pieces) {
        if (unmatched.isEmpty()) {
            return;
        }
        String[] syllables = transliterator.pinyin(unmatched.toString()).split("\\s+");
        unmatched.setLength(0);
        if (personName && syllables.length >= 2) {
            pieces.add(Piece.single(NameToken.of(join(syllables, 0, 1), TokenKind.WORD)));
            pieces.add(Piece.single(NameToken.of(join(syllables, 1, syllables.length), TokenKind.WORD)));
        } else if (syllables.length >= 4) {
            // Longer runs are usually two-character words (a district and a brand: 富阳科拓 →
            // "fuyang ketuo"); adjacent words still meet a joined English spelling.
            for (int from = 0; from < syllables.length; from += 2) {
                int to = syllables.length - from == 3 ? from + 3 : Math.min(from + 2, syllables.length);
                pieces.add(Piece.single(NameToken.of(join(syllables, from, to), TokenKind.ROMANIZED)));
                from = to - 2;
            }
        } else {
            pieces.add(Piece.single(NameToken.of(join(syllables, 0, syllables.length), TokenKind.ROMANIZED)));
        }
    }

    private static String join(String[] syllables, int from, int to) {
        var joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            joined.append(syllables[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        }
        return joined.toString();
    }

    private static String describe(List<NameToken> tokens) {
        var text = new StringBuilder();
        for (NameToken token : tokens) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(token.text());
        }
        return text.toString();
    }
}
