package org.parley.screening.names;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * ICU4J transliteration to lower-case ASCII, Chinese traditional/Japanese forms to simplified, and
 * Han to pinyin. ICU transliterators keep state while they run, so each call borrows one from a
 * pool (per concurrent call, not per thread: virtual threads are many); thread-safe.
 */
final class ScriptTransliterator {
    private static final Pool TO_LATIN = new Pool("Any-Latin; Latin-ASCII");
    private static final Pool TO_SIMPLIFIED = new Pool("Traditional-Simplified");
    private static final Pool TO_PINYIN = new Pool("Han-Latin; Latin-ASCII");

    /** Reusable transliterators of one ICU id. */
    private static final class Pool {
        private final String id;
        private final Queue<Transliterator> idle = new ConcurrentLinkedQueue<>();

        Pool(String id) {
            this.id = id;
        }

        String transliterate(String text) {
            Transliterator polled = idle.poll();
            Transliterator transliterator = polled != null ? polled : Transliterator.getInstance(id);
            try {
                return transliterator.transliterate(text);
            } finally {
                idle.offer(transliterator);
            }
        }
    }

    private final Map<Character, Character> japaneseToSimplified;
    /**
     * Simplified form and pinyin of each Han character met so far: ICU reads Chinese character by
     * character (checked on 46,000 Han names), and a transliterator run costs far more than a map
     * lookup. At most the few thousand Han characters in use.
     */
    private final Map<Character, String> simplifiedCharacters = new ConcurrentHashMap<>();

    private final Map<Character, String> pinyinCharacters = new ConcurrentHashMap<>();

    private ScriptTransliterator(Map<Character, Character> japaneseToSimplified) {
        this.japaneseToSimplified = Map.copyOf(japaneseToSimplified);
    }

    static ScriptTransliterator load(String japaneseFormsResource) {
        var forms = new HashMap<Character, Character>();
        for (ResourceLines.Line line : ResourceLines.read(japaneseFormsResource)) {
            if (line.field(0).length() != 1 || line.field(1).length() != 1) {
                throw new IllegalStateException(
                        line.resource() + ":" + line.number() + ": expected one character on each side");
            }
            forms.put(line.field(0).charAt(0), line.field(1).charAt(0));
        }
        return new ScriptTransliterator(forms);
    }

    /** Any script to Latin, then to ASCII (diacritics dropped, ß → ss …); case is kept. */
    String toAscii(String text) {
        return TO_LATIN.transliterate(text);
    }

    /** Traditional Chinese and Japanese kanji forms folded to simplified Chinese. */
    String toSimplified(String han) {
        var folded = new StringBuilder(han.length());
        for (int i = 0; i < han.length(); i++) {
            char character = han.charAt(i);
            char japanese = japaneseToSimplified.getOrDefault(character, character);
            folded.append(simplifiedCharacters.computeIfAbsent(
                    japanese, key -> TO_SIMPLIFIED.transliterate(String.valueOf(key))));
        }
        return folded.toString();
    }

    /** Pinyin syllables of Han text without tones, separated by spaces ("华为" → "hua wei"). */
    String pinyin(String han) {
        var syllables = new StringBuilder(han.length() * 4);
        for (int i = 0; i < han.length(); i++) {
            String syllable = pinyinCharacters.computeIfAbsent(
                    han.charAt(i),
                    key -> TO_PINYIN.transliterate(String.valueOf(key)).strip());
            if (!syllable.isEmpty()) {
                if (!syllables.isEmpty()) {
                    syllables.append(' ');
                }
                syllables.append(syllable);
            }
        }
        return syllables.toString();
    }

    /** The lower-case name of the first non-Latin script in the text ("cyrillic"), or null. */
    static String foreignScript(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (Character.isLetter(codePoint)
                    && script != Character.UnicodeScript.LATIN
                    && script != Character.UnicodeScript.COMMON) {
                return script.name().toLowerCase(java.util.Locale.ROOT);
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }
}
