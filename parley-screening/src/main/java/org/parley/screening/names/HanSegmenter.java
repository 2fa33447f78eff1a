package org.parley.screening.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a run of (simplified) Han characters into English-comparable tokens: glossary terms by
 * greedy longest match, numbers (第十 → 10, 七六四 → 764, 二院 → 2 academy), administrative suffixes
 * after a place dropped (北京市 → Beijing), and the remaining characters as pinyin, joined the way
 * English renders names ("华为" → "huawei"; a short personal name "习近平" → "xi jinping").
 * Thread-safe.
 */
final class HanSegmenter {
    /** Administrative units written after a place name (北京市, 广东省, 海淀区) and left out in English. */
    private static final String ADMINISTRATIVE_SUFFIXES = "市省县区";
    /** Units numbered without 第 (二院, 十四所, 七〇二厂): the number is an ordinal. */
    private static final String NUMBERED_UNITS = "所院厂部室";
    /** Unit characters that the glossary does not hold alone, with their English renderings. */
    private static final String INSTITUTE = "所";

    private static final String ACADEMY = "院";
    private static final String DEPARTMENT = "部";
    private static final String OFFICE = "室";
    private static final int MIN_PLAIN_DIGITS = 3;

    /** One piece of the run: its alternative renderings, each a token sequence. */
    record Piece(List<List<NameToken>> renderings) {
        static Piece single(NameToken token) {
            return new Piece(List.of(List.of(token)));
        }
    }

    private final ChineseGlossary glossary;
    private final ScriptTransliterator transliterator;
    private final PinyinReadings readings;

    HanSegmenter(ChineseGlossary glossary, ScriptTransliterator transliterator, PinyinReadings readings) {
        this.glossary = glossary;
        this.transliterator = transliterator;
        this.readings = readings;
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
            int numeralEnd = personName ? position : numeralEnd(han, position);
            ChineseGlossary.Term term = personName ? null : glossary.longestAt(han, position);
            if (numeralEnd > position) {
                flushPinyin(unmatched, personName, pieces);
                String numerals = han.substring(han.charAt(position) == '第' ? position + 1 : position, numeralEnd);
                pieces.add(
                        Piece.single(NameToken.of(Long.toString(ChineseNumerals.value(numerals)), TokenKind.NUMBER)));
                position = numeralEnd;
                position = addUnitAfterNumber(han, position, pieces);
            } else if (term != null) {
                flushPinyin(unmatched, personName, pieces);
                pieces.add(new Piece(term.renderings()));
                glossaryNotes.add(
                        term.chinese() + "→" + describe(term.renderings().get(0)));
                position += term.chinese().length();
                if (isPlace(term) && isAdministrativeSuffix(han, position)) {
                    position++;
                }
            } else if (!personName && isUnknownPlaceEnd(han, position, unmatched, pieces)) {
                // "常州市…", "北京市海淀区…": a place the glossary does not know, named by its suffix.
                String place = joinedPinyin(unmatched.toString());
                glossaryNotes.add(unmatched + han.substring(position, position + 1) + "→" + place);
                unmatched.setLength(0);
                pieces.add(Piece.single(NameToken.of(place, TokenKind.PLACE)));
                position++;
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

    /** A unit character right after a number (十四所, 二院) becomes its English word. */
    private static int addUnitAfterNumber(String han, int position, List<Piece> pieces) {
        if (position >= han.length()) {
            return position;
        }
        String unit = han.substring(position, position + 1);
        List<List<NameToken>> renderings = switch (unit) {
            case INSTITUTE -> List.of(words("research", "institute"), words("institute"));
            case ACADEMY -> List.of(words("academy"), words("institute"), words("research", "institute"));
            case DEPARTMENT -> List.of(words("department"));
            case OFFICE -> List.of(words("office"), words("laboratory"));
            default -> null;
        };
        if (renderings == null) {
            return position;
        }
        pieces.add(new Piece(renderings));
        return position + 1;
    }

    private static List<NameToken> words(String... words) {
        return java.util.Arrays.stream(words)
                .map(word -> NameToken.of(word, TokenKind.WORD))
                .toList();
    }

    private static boolean isPlace(ChineseGlossary.Term term) {
        return term.renderings().get(0).get(0).kind() == TokenKind.PLACE;
    }

    private static boolean isAdministrativeSuffix(String han, int position) {
        return position < han.length() && ADMINISTRATIVE_SUFFIXES.indexOf(han.charAt(position)) >= 0;
    }

    /**
     * Whether two or three unknown characters, opening the name or following its opening places,
     * are followed by 市, 省, 县 or 区 and more text.
     */
    private static boolean isUnknownPlaceEnd(String han, int position, StringBuilder unmatched, List<Piece> pieces) {
        return unmatched.length() >= 2
                && unmatched.length() <= 3
                && position + 1 < han.length()
                && isAdministrativeSuffix(han, position)
                && pieces.stream()
                        .allMatch(piece -> piece.renderings().get(0).get(0).kind() == TokenKind.PLACE);
    }

    /**
     * End of a number starting at position, else position: an ordinal (第 + numerals), a compound
     * numeral (十四, 二十九), three or more plain digits (七六四, 五〇二), or numerals before a unit
     * (二院, 十四所).
     */
    private static int numeralEnd(String han, int position) {
        int start = han.charAt(position) == '第' ? position + 1 : position;
        int end = start;
        while (end < han.length() && ChineseNumerals.isNumeral(han.charAt(end))) {
            end++;
        }
        if (end == start) {
            return position;
        }
        String numerals = han.substring(start, end);
        boolean ordinal = start > position;
        boolean compound = numerals.length() >= 2 && numerals.matches(".*[十百千].*");
        boolean digits = numerals.length() >= MIN_PLAIN_DIGITS;
        boolean beforeUnit = end < han.length() && NUMBERED_UNITS.indexOf(han.charAt(end)) >= 0;
        return (ordinal || compound || digits || beforeUnit) && ChineseNumerals.value(numerals) >= 0 ? end : position;
    }

    private void flushPinyin(StringBuilder unmatched, boolean personName, List<Piece> pieces) {
        if (unmatched.isEmpty()) {
            return;
        }
        String characters = unmatched.toString();
        String[] syllables = syllables(characters);
        unmatched.setLength(0);
        if (personName && syllables.length >= 2) {
            pieces.add(Piece.single(NameToken.of(join(syllables, 0, 1), TokenKind.WORD)));
            pieces.add(Piece.single(NameToken.of(join(syllables, 1, syllables.length), TokenKind.WORD)));
        } else if (syllables.length >= 4) {
            // Longer runs are usually two-character words (a district and a brand: 富阳科拓 →
            // "fuyang ketuo"); adjacent words still meet a joined English spelling.
            for (int from = 0; from < syllables.length; from += 2) {
                int to = syllables.length - from == 3 ? from + 3 : Math.min(from + 2, syllables.length);
                pieces.add(Piece.single(romanized(characters, syllables, from, to)));
                from = to - 2;
            }
        } else {
            pieces.add(Piece.single(romanized(characters, syllables, 0, syllables.length)));
        }
    }

    private NameToken romanized(String characters, String[] syllables, int from, int to) {
        String primary = join(syllables, from, to);
        return new NameToken(
                primary, TokenKind.ROMANIZED, readings.alternatives(characters, syllables, from, to, primary));
    }

    private String[] syllables(String characters) {
        String[] syllables = transliterator.pinyin(characters).split("\\s+");
        for (int i = 0; i < syllables.length; i++) {
            syllables[i] = syllables[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
        return syllables;
    }

    private String joinedPinyin(String characters) {
        String[] syllables = syllables(characters);
        return join(syllables, 0, syllables.length);
    }

    private static String join(String[] syllables, int from, int to) {
        var joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            joined.append(syllables[i]);
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
