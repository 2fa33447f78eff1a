package org.parley.screening.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces a name in any script to comparable lower-case ASCII tokens: Unicode compatibility forms
 * (full-width), case, diacritics and punctuation; other scripts to Latin with ICU4J; Chinese through
 * a generic glossary and pinyin; legal forms, titles and place prefixes marked; "LAST, First"
 * turned into "First Last". Immutable, thread-safe.
 */
public final class NameNormalizer {
    private static final String RESOURCES = "/org/parley/screening/names/";
    private static final int MAX_VARIANTS = 6;
    private static final int MIN_HAN_FOR_JOINING = 6;
    private static final java.util.regex.Pattern SPACE_BETWEEN_HAN =
            java.util.regex.Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    private static final NameNormalizer STANDARD = new NameNormalizer();

    private final ScriptTransliterator transliterator;
    private final ChineseGlossary glossary;
    private final HanSegmenter hanSegmenter;
    private final WordRules wordRules;

    private NameNormalizer() {
        transliterator = ScriptTransliterator.load(RESOURCES + "japanese-simplified.tsv");
        glossary = ChineseGlossary.load(RESOURCES + "chinese-glossary.tsv", transliterator);
        hanSegmenter =
                new HanSegmenter(glossary, transliterator, PinyinReadings.load(RESOURCES + "chinese-polyphones.tsv"));
        wordRules = new WordRules(
                WordRules.wordSet(RESOURCES + "stopwords.txt"),
                WordRules.wordSet(RESOURCES + "titles.txt"),
                placeWords(),
                WordRules.wordMap(RESOURCES + "abbreviations.tsv"),
                LegalForms.load(RESOURCES + "legal-forms.txt"));
    }

    /**
     * Words that say what kind of organisation a name is rather than which one (university,
     * research, technology, china …): the English side of the Chinese glossary's terms.
     */
    public Set<String> genericWords() {
        return glossary.genericWords();
    }

    /** Generic words that English names add or drop freely (china, national, research …). */
    public Set<String> formWords() {
        return glossary.formWords();
    }

    /** The normalizer with the bundled word lists. */
    public static NameNormalizer standard() {
        return STANDARD;
    }

    /**
     * Whether the name says nothing specific on its own: only place names, legal forms and initials
     * ("Beijing", "Holdings", "A. B."). Such fragments of a listed name are not indexed as names.
     */
    public boolean isGeneric(NormalizedName name) {
        return name.tokens().stream()
                .allMatch(token -> token.kind() == TokenKind.INITIAL
                        || token.kind() == TokenKind.LEGAL_FORM
                        || token.kind() == TokenKind.PLACE
                        || wordRules.isPlaceOrLegalForm(token.text()));
    }

    public NormalizedName normalize(String name) {
        var notes = new ArrayList<String>();
        String text = isAscii(name) ? name : joinSpacedHan(Normalizer.normalize(name, Normalizer.Form.NFKC));
        List<Slot> slots = slots(text, notes);
        slots = PersonNameOrder.reorder(slots, wordRules.legalForms(), notes);
        var variants = new ArrayList<List<NameToken>>();
        for (int[] choice : renderingChoices(slots)) {
            var tokens = new ArrayList<NameToken>();
            for (int i = 0; i < slots.size(); i++) {
                tokens.addAll(slots.get(i).renderings().get(choice[i]));
            }
            List<NameToken> normalized = wordRules.apply(tokens, variants.isEmpty() ? notes : null);
            if (!variants.contains(normalized)) {
                variants.add(normalized);
            }
        }
        return new NormalizedName(name, variants, notes);
    }

    /**
     * Which rendering each slot takes, for at most {@link #MAX_VARIANTS} variants: the preferred
     * renderings first, then each other rendering of one slot alone (国防 "defense" with 科技大学
     * "university of science and technology"), then all slots moving together.
     */
    private static List<int[]> renderingChoices(List<Slot> slots) {
        var choices = new ArrayList<int[]>();
        choices.add(new int[slots.size()]);
        for (int i = 0; i < slots.size() && choices.size() < MAX_VARIANTS; i++) {
            for (int r = 1; r < slots.get(i).renderings().size() && choices.size() < MAX_VARIANTS; r++) {
                int[] choice = new int[slots.size()];
                choice[i] = r;
                choices.add(choice);
            }
        }
        int mostRenderings =
                slots.stream().mapToInt(slot -> slot.renderings().size()).max().orElse(1);
        for (int r = 1; r < mostRenderings && choices.size() < MAX_VARIANTS; r++) {
            int[] choice = new int[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                choice[i] = Math.min(r, slots.get(i).renderings().size() - 1);
            }
            if (choices.stream().noneMatch(existing -> java.util.Arrays.equals(existing, choice))) {
                choices.add(choice);
            }
        }
        return choices;
    }

    /** A position in the name: one word, or a Chinese piece with alternative renderings. */
    record Slot(List<List<NameToken>> renderings, boolean commaAfter) {
        String firstText() {
            return renderings.get(0).stream()
                    .map(NameToken::text)
                    .reduce((a, b) -> a + " " + b)
                    .orElse("");
        }
    }

    private List<Slot> slots(String text, List<String> notes) {
        var slots = new ArrayList<Slot>();
        boolean personLikeHan = isPersonLikeHan(text);
        int start = 0;
        while (start < text.length()) {
            boolean han = isHan(text.codePointAt(start));
            int end = start;
            while (end < text.length() && isHan(text.codePointAt(end)) == han) {
                end += Character.charCount(text.codePointAt(end));
            }
            String segment = text.substring(start, end);
            if (han) {
                String simplified = transliterator.toSimplified(segment);
                for (HanSegmenter.Piece piece : hanSegmenter.segment(simplified, personLikeHan, notes)) {
                    slots.add(new Slot(piece.renderings(), false));
                }
            } else {
                addLatinWords(segment, slots, notes);
            }
            start = end;
        }
        return slots;
    }

    private void addLatinWords(String segment, List<Slot> slots, List<String> notes) {
        String ascii = segment;
        if (!isAscii(segment)) {
            String script = ScriptTransliterator.foreignScript(segment);
            ascii = transliterator.toAscii(segment);
            if (script != null) {
                notes.add(script + "→latin: " + ascii.toLowerCase(Locale.ROOT).strip());
            }
        }
        String lower = ascii.toLowerCase(Locale.ROOT).replace("&", " and ");
        for (String chunk : lower.split("\\s+")) {
            // Dotted acronyms ("S.A.", "N.A.Z.") are one word; "V. V." stays two initials.
            String word = chunk.matches("([a-z]\\.){2,}[a-z]?\\.?,?") ? chunk.replace(".", "") : chunk;
            var current = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char character = word.charAt(i);
                if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')) {
                    current.append(character);
                } else if (!isApostrophe(character)) {
                    flushWord(current, slots);
                    if (character == ',' && !slots.isEmpty()) {
                        Slot last = slots.remove(slots.size() - 1);
                        slots.add(new Slot(last.renderings(), true));
                    }
                }
            }
            flushWord(current, slots);
        }
    }

    private static void flushWord(StringBuilder current, List<Slot> slots) {
        if (!current.isEmpty()) {
            slots.add(new Slot(List.of(List.of(NameToken.of(current.toString(), TokenKind.WORD))), false));
            current.setLength(0);
        }
    }

    /**
     * A short all-Han name without glossary words ("习近平", "李明") is most likely a person. Four
     * characters are a person only after a two-character family name ("欧阳娜娜"); otherwise they are
     * a brand of two words ("中科曙光" → "zhongke shuguang").
     */
    private boolean isPersonLikeHan(String text) {
        String stripped = text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < 2 || length > 4 || !stripped.codePoints().allMatch(NameNormalizer::isHan)) {
            return false;
        }
        String simplified = transliterator.toSimplified(stripped);
        if (length == 4 && !HanSegmenter.hasTwoCharacterFamilyName(simplified)) {
            return false;
        }
        for (int i = 0; i < simplified.length(); i++) {
            if (glossary.longestAt(simplified, i) != null) {
                return false;
            }
        }
        return true;
    }

    private Set<String> placeWords() {
        var places = new HashSet<String>();
        for (String spelling : glossary.placeSpellings()) {
            places.addAll(List.of(spelling.split(" ")));
        }
        return places;
    }

    /**
     * Chinese is written without spaces; a space inside a long Han name ("研究 所") is a line-break
     * artefact. Short names keep theirs, which separate family and given names ("楠 伟 王").
     */
    private static String joinSpacedHan(String text) {
        if (text.codePoints().filter(NameNormalizer::isHan).count() < MIN_HAN_FOR_JOINING) {
            return text;
        }
        return SPACE_BETWEEN_HAN.matcher(text).replaceAll("");
    }

    private static boolean isApostrophe(char character) {
        // ʼ ʾ ʿ mark Arabic hamza and ayn in transliterations; they join the word like an apostrophe.
        return character == '\''
                || character == '\u2019'
                || character == '\u2018'
                || character == '`'
                || character == '\u02bc'
                || character == '\u02be'
                || character == '\u02bf';
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (character >= 0x80 || (character < 0x20 && character != '\t')) {
                return false;
            }
        }
        return true;
    }
}
