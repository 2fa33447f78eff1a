package org.parley.screening.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises legal-form designators (co ltd, jsc, gmbh, ooo …) in a normalized word sequence and
 * replaces each by one {@link TokenKind#LEGAL_FORM} token holding its canonical form, so that
 * "Company Limited" and "Co., Ltd." compare equal. Short codes that are also ordinary words (sa,
 * ag, ao …) count only at the start or end of a name. Immutable, thread-safe.
 */
final class LegalForms {

    private record Phrase(List<String> words, String canonical, boolean anywhere, boolean typoTolerant) {}

    private record Match(int start, int end, Phrase phrase) {}

    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();

    private LegalForms(List<Phrase> phrases) {
        for (Phrase phrase : phrases) {
            phrasesByFirstWord
                    .computeIfAbsent(phrase.words().get(0), key -> new ArrayList<>())
                    .add(phrase);
        }
        phrasesByFirstWord
                .values()
                .forEach(list -> list.sort(Comparator.comparingInt(
                                (Phrase phrase) -> phrase.words().size())
                        .reversed()));
    }

    static LegalForms load(String resource) {
        var phrases = new ArrayList<Phrase>();
        for (ResourceLines.Line line : ResourceLines.read(resource)) {
            String where = line.field(2);
            if (!where.equals("any") && !where.equals("edge")) {
                throw new IllegalStateException(
                        line.resource() + ":" + line.number() + ": expected 'any' or 'edge', got " + where);
            }
            boolean typoTolerant = line.fields().size() < 4 || !line.field(3).equals("exact");
            phrases.add(
                    new Phrase(List.of(line.field(0).split(" ")), line.field(1), where.equals("any"), typoTolerant));
        }
        return new LegalForms(phrases);
    }

    /** Words of five letters or more used in legal-form phrases ("company", "limited", "stock" …). */
    Set<String> longWords() {
        var words = new HashSet<String>();
        for (List<Phrase> phrases : phrasesByFirstWord.values()) {
            for (Phrase phrase : phrases) {
                if (phrase.typoTolerant()) {
                    phrase.words().stream().filter(word -> word.length() >= 5).forEach(words::add);
                }
            }
        }
        return words;
    }

    /** Whether the word is the first word of some legal-form phrase (cheap pre-check). */
    boolean mayStartPhrase(String word) {
        return phrasesByFirstWord.containsKey(word);
    }

    /** Whether every word belongs to a legal-form phrase, e.g. "co ltd" or "inc". */
    boolean isAllLegal(List<String> words) {
        var tokens =
                words.stream().map(word -> NameToken.of(word, TokenKind.WORD)).toList();
        return mark(tokens).stream().allMatch(token -> token.kind() == TokenKind.LEGAL_FORM);
    }

    /** The tokens with legal-form phrases collapsed into canonical {@link TokenKind#LEGAL_FORM} tokens. */
    List<NameToken> mark(List<NameToken> tokens) {
        List<Match> matches = findMatches(tokens);
        if (matches.isEmpty()) {
            return tokens;
        }
        boolean[] legal = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            legal[i] = tokens.get(i).kind() == TokenKind.LEGAL_FORM;
        }
        var accepted = new ArrayList<Match>();
        for (Match match : matches) {
            if (match.phrase().anywhere()) {
                accept(match, legal, accepted);
            }
        }
        // Edge-only codes: accepted when only legal forms stand between them and an end of the name.
        for (int pass = 0; pass < 2; pass++) {
            for (Match match : matches) {
                if (!accepted.contains(match) && isAtEdge(match, legal)) {
                    accept(match, legal, accepted);
                }
            }
        }
        return collapse(tokens, accepted);
    }

    private List<Match> findMatches(List<NameToken> tokens) {
        var matches = new ArrayList<Match>();
        int position = 0;
        while (position < tokens.size()) {
            Phrase phrase = longestAt(tokens, position);
            if (phrase == null) {
                position++;
            } else {
                matches.add(new Match(position, position + phrase.words().size(), phrase));
                position += phrase.words().size();
            }
        }
        return matches;
    }

    private Phrase longestAt(List<NameToken> tokens, int position) {
        NameToken first = tokens.get(position);
        if (first.kind() != TokenKind.WORD) {
            return null;
        }
        List<Phrase> candidates = phrasesByFirstWord.get(first.text());
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            if (matchesAt(tokens, position, phrase.words())) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean matchesAt(List<NameToken> tokens, int position, List<String> words) {
        if (position + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            NameToken token = tokens.get(position + i);
            if (token.kind() != TokenKind.WORD || !token.text().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAtEdge(Match match, boolean[] legal) {
        boolean legalBefore = true;
        for (int i = 0; i < match.start(); i++) {
            legalBefore &= legal[i];
        }
        boolean legalAfter = true;
        for (int i = match.end(); i < legal.length; i++) {
            legalAfter &= legal[i];
        }
        return legalBefore || legalAfter;
    }

    private static void accept(Match match, boolean[] legal, List<Match> accepted) {
        accepted.add(match);
        for (int i = match.start(); i < match.end(); i++) {
            legal[i] = true;
        }
    }

    private static List<NameToken> collapse(List<NameToken> tokens, List<Match> accepted) {
        var result = new ArrayList<NameToken>(tokens.size());
        int position = 0;
        while (position < tokens.size()) {
            Match match = startingAt(accepted, position);
            if (match == null) {
                result.add(tokens.get(position));
                position++;
            } else {
                result.add(NameToken.of(match.phrase().canonical(), TokenKind.LEGAL_FORM));
                position = match.end();
            }
        }
        return result;
    }

    private static Match startingAt(List<Match> matches, int position) {
        for (Match match : matches) {
            if (match.start() == position) {
                return match;
            }
        }
        return null;
    }
}
