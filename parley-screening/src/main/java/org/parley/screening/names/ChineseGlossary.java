package org.parley.screening.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generic Chinese organisational vocabulary (大学 university, 研究所 research institute, 有限公司
 * co ltd, 北京 Beijing …) with English renderings, looked up by greedy longest match. Holds only
 * generic words, never an organisation's own name. Its English words form the generic vocabulary
 * (words that describe what an organisation is, not which one), and among them the form words
 * (china, national, research …) that English names add or drop freely. Immutable, thread-safe.
 */
final class ChineseGlossary {

    /** A glossary term: its Chinese form and its English renderings (alternative token sequences). */
    record Term(String chinese, List<List<NameToken>> renderings) {}

    private final Map<String, Term> terms;
    private final int longestTerm;
    private final Set<String> genericWords;
    private final Set<String> formWords;

    private ChineseGlossary(Map<String, Term> terms, Set<String> genericWords, Set<String> formWords) {
        this.terms = Map.copyOf(terms);
        this.genericWords = Set.copyOf(genericWords);
        this.formWords = Set.copyOf(formWords);
        this.longestTerm =
                terms.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Reads the glossary. Single-word renderings also accept the term's joined pinyin, which some
     * lists print instead of a translation ("Beijing Haili Lianhe Keji Youxian Gongsi").
     */
    static ChineseGlossary load(String resource, ScriptTransliterator transliterator) {
        var terms = new HashMap<String, Term>();
        var genericWords = new HashSet<String>();
        var formWords = new HashSet<String>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            TokenKind kind = switch (line.field(1)) {
                case "TERM", "FORM" -> TokenKind.TERM;
                case "LEGAL" -> TokenKind.LEGAL_FORM;
                case "PLACE" -> TokenKind.PLACE;
                default ->
                    throw new IllegalStateException(line.resource() + ":" + line.number()
                            + ": kind must be TERM, FORM, LEGAL or PLACE, got " + line.field(1));
            };
            String chinese = line.field(0);
            String pinyin = transliterator.pinyin(chinese).replaceAll("[^a-z]", "");
            Term term = new Term(chinese, renderings(line.field(2), kind, pinyin));
            terms.put(chinese, term);
            if (kind == TokenKind.TERM) {
                Set<String> words = englishWords(term, pinyin);
                genericWords.addAll(words);
                if (line.field(1).equals("FORM")) {
                    formWords.addAll(words);
                }
            }
        }
        return new ChineseGlossary(terms, genericWords, formWords);
    }

    private static Set<String> englishWords(Term term, String pinyin) {
        var words = new HashSet<String>();
        for (List<NameToken> rendering : term.renderings()) {
            for (NameToken token : rendering) {
                words.add(token.text());
                words.addAll(token.alternatives());
            }
        }
        words.remove(pinyin);
        return words;
    }

    private static List<List<NameToken>> renderings(String english, TokenKind kind, String pinyin) {
        var renderings = new ArrayList<List<NameToken>>();
        for (String variant : english.split(" / ")) {
            // A legal form is one canonical token ("co ltd"); other renderings are word sequences.
            String[] words = kind == TokenKind.LEGAL_FORM ? new String[] {variant} : variant.split(" ");
            var tokens = new ArrayList<NameToken>();
            for (String word : words) {
                List<String> spellings = new ArrayList<>();
                for (String spelling : word.split("\\|")) {
                    spellings.add(kind == TokenKind.LEGAL_FORM ? spelling : spelling.replace("-", ""));
                }
                if (kind != TokenKind.LEGAL_FORM && words.length == 1 && !spellings.contains(pinyin)) {
                    spellings.add(pinyin);
                }
                tokens.add(new NameToken(spellings.get(0), kind, spellings.subList(1, spellings.size())));
            }
            renderings.add(List.copyOf(tokens));
        }
        return List.copyOf(renderings);
    }

    /** Every term starting at {@code position} of {@code text}, longest first. */
    List<Term> termsAt(String text, int position) {
        var found = new ArrayList<Term>(2);
        int maxLength = Math.min(longestTerm, text.length() - position);
        for (int length = maxLength; length > 0; length--) {
            Term term = terms.get(text.substring(position, position + length));
            if (term != null) {
                found.add(term);
            }
        }
        return found;
    }

    /** The longest term starting at {@code position} of {@code text}, or null. */
    Term longestAt(String text, int position) {
        int maxLength = Math.min(longestTerm, text.length() - position);
        for (int length = maxLength; length > 0; length--) {
            Term term = terms.get(text.substring(position, position + length));
            if (term != null) {
                return term;
            }
        }
        return null;
    }

    /** English words of the organisational terms (university, research, technology, china …). */
    Set<String> genericWords() {
        return genericWords;
    }

    /** English words of the form terms (china, national, research …), a subset of the generic words. */
    Set<String> formWords() {
        return formWords;
    }

    /** Every English spelling of the place names in the glossary ("beijing", "peking", "hong kong" …). */
    List<String> placeSpellings() {
        var spellings = new ArrayList<String>();
        for (Term term : terms.values()) {
            for (List<NameToken> rendering : term.renderings()) {
                for (NameToken token : rendering) {
                    if (token.kind() == TokenKind.PLACE) {
                        spellings.add(token.text());
                        spellings.addAll(token.alternatives());
                    }
                }
            }
        }
        return spellings;
    }
}
