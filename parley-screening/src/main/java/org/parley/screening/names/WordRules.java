package org.parley.screening.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word-level normalization applied to a token sequence: drops function words and titles, reads
 * numbers, marks legal forms, place prefixes and initials. Immutable, thread-safe.
 */
final class WordRules {
    private final Set<String> stopwords;
    private final Set<String> titles;
    private final Set<String> places;
    private final Map<String, String> abbreviations;
    private final LegalForms legalForms;
    private final Set<String> legalWordSet;
    private final List<String> legalWords;

    WordRules(
            Set<String> stopwords,
            Set<String> titles,
            Set<String> places,
            Map<String, String> abbreviations,
            LegalForms legalForms) {
        this.stopwords = Set.copyOf(stopwords);
        this.abbreviations = Map.copyOf(abbreviations);
        this.titles = Set.copyOf(titles);
        this.places = Set.copyOf(places);
        this.legalForms = legalForms;
        // A sorted list, so that the typo correction does not depend on hash iteration order.
        this.legalWords = List.copyOf(new java.util.TreeSet<>(legalForms.longWords()));
        this.legalWordSet = Set.copyOf(legalWords);
    }

    LegalForms legalForms() {
        return legalForms;
    }

    /** Whether the word is a place prefix or a one-word legal form ("beijing", "ltd"). */
    boolean isPlaceOrLegalForm(String word) {
        return places.contains(word) || legalForms.isAllLegal(List.of(word));
    }

    /** Applies the rules; adds what was done to {@code notes} when it is not null. */
    List<NameToken> apply(List<NameToken> input, List<String> notes) {
        List<NameToken> tokens = dropWords(input, stopwords, null);
        tokens = dropWords(tokens, titles, notes);
        tokens = readNumbersAndAbbreviations(tokens);
        tokens = correctLegalWordTypos(tokens, notes);
        tokens = legalForms.mark(tokens);
        tokens = restoreWhenNothingIsLeft(markPlacesAndInitials(tokens));
        if (notes != null) {
            var legal = tokens.stream()
                    .filter(token -> token.kind() == TokenKind.LEGAL_FORM)
                    .map(NameToken::text)
                    .toList();
            if (!legal.isEmpty()) {
                notes.add("legal form dropped: " + String.join(" ", legal));
            }
        }
        return tokens;
    }

    /**
     * Mistyped legal-form words ("limitde", "compan") are corrected, so that they count as the legal
     * form they are and not as a rare, heavy word. One edit (two from eight letters on), same first
     * letter.
     */
    private List<NameToken> correctLegalWordTypos(List<NameToken> tokens, List<String> notes) {
        List<NameToken> result = null;
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            String word = token.text();
            if (token.kind() != TokenKind.WORD || word.length() < 5 || legalWordSet.contains(word)) {
                continue;
            }
            for (String legalWord : legalWords) {
                int budget = Math.max(word.length(), legalWord.length()) >= 8 ? 2 : 1;
                if (legalWord.charAt(0) == word.charAt(0)
                        && Math.abs(legalWord.length() - word.length()) <= budget
                        && TokenSimilarity.boundedDistance(word, legalWord, budget) <= budget) {
                    result = result == null ? new ArrayList<>(tokens) : result;
                    result.set(i, NameToken.of(legalWord, TokenKind.WORD));
                    if (notes != null) {
                        notes.add("legal form typo: " + word + "→" + legalWord);
                    }
                    break;
                }
            }
        }
        return result == null ? tokens : result;
    }

    /** Drops words of the set, unless that would leave no ordinary word. */
    private static List<NameToken> dropWords(List<NameToken> tokens, Set<String> words, List<String> notes) {
        var kept = new ArrayList<NameToken>(tokens.size());
        var dropped = new ArrayList<String>();
        for (NameToken token : tokens) {
            if ((token.kind() == TokenKind.WORD || token.kind() == TokenKind.TERM) && words.contains(token.text())) {
                dropped.add(token.text());
            } else {
                kept.add(token);
            }
        }
        if (dropped.isEmpty()
                || kept.stream().noneMatch(token -> token.kind() == TokenKind.WORD || token.kind() == TokenKind.TERM)) {
            return tokens;
        }
        if (notes != null) {
            notes.add("title dropped: " + String.join(" ", dropped));
        }
        return kept;
    }

    private List<NameToken> readNumbersAndAbbreviations(List<NameToken> tokens) {
        var result = new ArrayList<NameToken>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            if (token.kind() != TokenKind.WORD) {
                result.add(token);
                continue;
            }
            if (isNumberSign(token, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
                continue; // "No. 11 Research Institute" is the 11th, like "第十一研究所"
            }
            String number = NumberWords.value(token.text());
            String expanded = abbreviations.get(token.text());
            if (number != null) {
                result.add(NameToken.of(number, TokenKind.NUMBER));
            } else if (expanded != null) {
                result.add(new NameToken(expanded, TokenKind.WORD, List.of(token.text())));
            } else {
                result.add(token);
            }
        }
        return result;
    }

    /** "No", "Nr" or "Number" right before a number written in digits. */
    private static boolean isNumberSign(NameToken token, NameToken next) {
        String word = token.text();
        boolean sign = word.equals("no") || word.equals("nr") || word.equals("number");
        return sign
                && next != null
                && next.kind() == TokenKind.WORD
                && !next.text().isEmpty()
                && Character.isDigit(next.text().charAt(0))
                && NumberWords.value(next.text()) != null;
    }

    private List<NameToken> markPlacesAndInitials(List<NameToken> tokens) {
        long ordinaryWords = tokens.stream()
                .filter(token -> (token.kind() == TokenKind.WORD && !places.contains(token.text()))
                        || token.kind() == TokenKind.TERM)
                .count();
        var result = new ArrayList<NameToken>(tokens.size());
        for (NameToken token : tokens) {
            if (token.kind() == TokenKind.WORD && token.text().length() == 1) {
                result.add(token.withKind(TokenKind.INITIAL));
            } else if (token.kind() == TokenKind.WORD && ordinaryWords > 0 && places.contains(token.text())) {
                result.add(token.withKind(TokenKind.PLACE));
            } else {
                result.add(token);
            }
        }
        return result;
    }

    /** A name made only of legal forms or places ("Group", "Beijing") keeps them as words. */
    private static List<NameToken> restoreWhenNothingIsLeft(List<NameToken> tokens) {
        boolean hasWord =
                tokens.stream().anyMatch(token -> token.kind().isWordLike() || token.kind() == TokenKind.NUMBER);
        if (hasWord) {
            return tokens;
        }
        var restored = new ArrayList<NameToken>(tokens.size());
        for (NameToken token : tokens) {
            boolean demoted = token.kind() == TokenKind.LEGAL_FORM || token.kind() == TokenKind.PLACE;
            restored.add(demoted ? token.withKind(TokenKind.WORD) : token);
        }
        return restored;
    }

    static Map<String, String> wordMap(String resource) {
        var words = new java.util.HashMap<String, String>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            words.put(line.field(0), line.field(1));
        }
        return words;
    }

    static Set<String> wordSet(String resource) {
        var words = new HashSet<String>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            words.add(line.field(0));
        }
        return words;
    }
}
