package org.parley.screening.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a run of (simplified) Han characters into English-comparable tokens: glossary terms (split
 * by {@link HanSegmentation}), numbers (第十 → 10, 七六四 → 764, 二院 → 2 academy), administrative suffixes
 * after a place dropped (北京市 → Beijing), and the remaining characters as pinyin, joined the way
 * English renders names ("华为" → "huawei"; a short personal name "习近平" → "xi jinping").
 * Thread-safe.
 */
final class HanSegmenter {
    /** One piece of the run: its alternative renderings, each a token sequence. */
    record Piece(List<List<NameToken>> renderings) {
        static Piece single(NameToken token) {
            return new Piece(List.of(List.of(token)));
        }
    }

    /** Two-character family names, the only way a four-character Han name is usually a person's. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "公孙", "夏侯", "尉迟", "长孙", "宇文", "司徒", "端木", "独孤", "南宫", "澹台",
            "赫连", "轩辕", "钟离", "闻人");

    private final HanSegmentation segmentation;
    private final ScriptTransliterator transliterator;
    private final PinyinReadings readings;

    HanSegmenter(ChineseGlossary glossary, ScriptTransliterator transliterator, PinyinReadings readings) {
        this.segmentation = new HanSegmentation(glossary);
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
        List<HanSegmentation.Unit> units = personName
                ? List.of(new HanSegmentation.Unit(HanSegmentation.Type.CHAR, 0, han.length(), han.length(), null))
                : segmentation.split(han);
        for (int u = 0; u < units.size(); u++) {
            HanSegmentation.Unit unit = units.get(u);
            switch (unit.type()) {
                case CHAR -> unmatched.append(han, unit.start(), unit.end());
                case SKIP -> {}
                case NUMBER -> {
                    flushPinyin(unmatched, personName, pieces, null);
                    String numerals = han.substring(
                            han.charAt(unit.start()) == '第' ? unit.start() + 1 : unit.start(), unit.split());
                    pieces.add(Piece.single(
                            NameToken.of(Long.toString(ChineseNumerals.value(numerals)), TokenKind.NUMBER)));
                    addUnitAfterNumber(han, unit, pieces);
                }
                case PLACE_BY_SUFFIX -> {
                    // "常州市…", "北京市海淀区…": a place the glossary does not know, named by its suffix.
                    flushPinyin(unmatched, personName, pieces, null);
                    String place = joinedPinyin(han.substring(unit.start(), unit.split()));
                    glossaryNotes.add(han.substring(unit.start(), unit.end()) + "→" + place);
                    pieces.add(Piece.single(NameToken.of(place, TokenKind.PLACE)));
                }
                case TERM -> {
                    flushPinyin(unmatched, personName, pieces, singleCharacterTerm(han, unit));
                    pieces.add(new Piece(unit.term().renderings()));
                    glossaryNotes.add(unit.term().chinese() + "→"
                            + describe(unit.term().renderings().get(0)));
                }
            }
        }
        flushPinyin(unmatched, personName, pieces, null);
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

    /** The character of a one-character term (核, 钢), which may belong to the brand before it (中核). */
    private static String singleCharacterTerm(String han, HanSegmentation.Unit unit) {
        return unit.split() - unit.start() == 1 ? han.substring(unit.start(), unit.split()) : null;
    }

    /** A unit character right after a number (十四所, 二院) becomes its English word. */
    private static void addUnitAfterNumber(String han, HanSegmentation.Unit unit, List<Piece> pieces) {
        if (unit.split() == unit.end()) {
            return;
        }
        List<List<NameToken>> renderings = switch (han.charAt(unit.split())) {
            case '所' -> List.of(words("research", "institute"), words("institute"));
            case '院' -> List.of(words("academy"), words("institute"), words("research", "institute"));
            case '部' -> List.of(words("department"));
            default -> List.of(words("office"), words("laboratory"));
        };
        pieces.add(new Piece(renderings));
    }

    private static List<NameToken> words(String... words) {
        return java.util.Arrays.stream(words)
                .map(word -> NameToken.of(word, TokenKind.TERM))
                .toList();
    }

    /**
     * Renders the leftover characters as pinyin. {@code nextTerm} is a one-character term right after
     * them, or null: a single leftover character and that term may be one brand (中核 "Zhonghe"), so
     * the pair's pinyin becomes an alternative spelling.
     */
    private void flushPinyin(StringBuilder unmatched, boolean personName, List<Piece> pieces, String nextTerm) {
        if (unmatched.isEmpty()) {
            return;
        }
        String characters = unmatched.toString();
        String[] syllables = syllables(characters);
        unmatched.setLength(0);
        if (nextTerm != null && characters.length() == 1 && !personName) {
            String joined = joinedPinyin(characters + nextTerm);
            var alternatives = new ArrayList<String>(readings.alternatives(characters, syllables, 0, 1, syllables[0]));
            alternatives.add(joined);
            pieces.add(Piece.single(new NameToken(syllables[0], TokenKind.ROMANIZED, alternatives)));
            return;
        }
        if (personName && syllables.length >= 2) {
            int family = syllables.length >= 3 && hasTwoCharacterFamilyName(characters) ? 2 : 1;
            pieces.add(Piece.single(NameToken.of(join(syllables, 0, family), TokenKind.WORD)));
            pieces.add(Piece.single(NameToken.of(join(syllables, family, syllables.length), TokenKind.WORD)));
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

    /** Whether a (simplified) Han name starts with a two-character family name (欧阳, 司马 …). */
    static boolean hasTwoCharacterFamilyName(String han) {
        return han.length() >= 2 && COMPOUND_SURNAMES.contains(han.substring(0, 2));
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
