package org.parley.screening.names;

/**
 * Similarity of two normalized words in [0, 1]: exact, a typo within an edit budget that grows with
 * the word's length (Jaro-Winkler scored), or the same consonant skeleton (Putin ~ Poutine ~ Bwtyn).
 * Words that are merely alike score 0, so they never pair up. Stateless, thread-safe.
 */
public final class TokenSimilarity {
    /** Score of two different words with the same consonant skeleton of three consonants. */
    public static final double PHONETIC = 0.8;

    /** Each edit costs this share of the word's length: one typo in 6 letters → 0.9, in 10 → 0.94. */
    private static final double EDIT_COST = 0.6;
    /** Real typos rarely hit the first letter; different first letters usually mean different words. */
    private static final double FIRST_LETTER_PENALTY = 0.9;

    private static final int SHORT_WORD = 5;

    /** Three DP rows per thread; small, so a per-virtual-thread copy costs little. */
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][64]);

    private TokenSimilarity() {}

    public static double words(String left, String right) {
        return words(left, right, null, null);
    }

    /**
     * Like {@link #words(String, String)}, with the words' consonant skeletons when the caller has
     * them precomputed (null to compute on demand).
     */
    public static double words(String left, String right, String leftSkeleton, String rightSkeleton) {
        if (left.equals(right)) {
            return 1.0;
        }
        int longer = Math.max(left.length(), right.length());
        int shorter = Math.min(left.length(), right.length());
        if (shorter < 2 || isNumeric(left) || isNumeric(right)) {
            return 0.0;
        }
        boolean sameFirst = sameFirstSound(left.charAt(0), right.charAt(0));
        int budget = editBudget(longer);
        // Short words with a different first letter are different words (ali, wali), not typos.
        if (budget > 0
                && longer - shorter <= budget
                && (sameFirst || longer > SHORT_WORD)
                && lettersMissing(left, right) <= budget) {
            int distance = boundedDistance(left, right, budget);
            if (distance <= budget) {
                double similarity = 1.0 - EDIT_COST * distance / longer;
                return sameFirst ? similarity : similarity * FIRST_LETTER_PENALTY;
            }
        }
        if (shorter < 4 || 3 * shorter < 2 * longer) {
            return 0.0;
        }
        double soundAlike = soundAlike(
                left,
                right,
                leftSkeleton == null ? skeleton(left) : leftSkeleton,
                rightSkeleton == null ? skeleton(right) : rightSkeleton);
        // Sound-alikes are for transliterations: a vowel-less abjad rendering ("bwtyn", "mhmd") or a
        // spelling just beyond the typo budget; otherwise a shared skeleton is mere coincidence.
        boolean transliteration = soundAlike > 0
                && (isVowelPoor(left) || isVowelPoor(right) || boundedDistance(left, right, budget + 1) <= budget + 1);
        return transliteration ? soundAlike : 0.0;
    }

    /**
     * A lower bound of the edit distance, cheap to compute: the number of distinct letters of one
     * word that the other lacks (each needs an edit of its own).
     */
    private static int lettersMissing(String left, String right) {
        long leftLetters = letters(left);
        long rightLetters = letters(right);
        return Math.max(Long.bitCount(leftLetters & ~rightLetters), Long.bitCount(rightLetters & ~leftLetters));
    }

    private static long letters(String word) {
        long mask = 0;
        for (int i = 0; i < word.length(); i++) {
            mask |= 1L << (word.charAt(i) & 63);
        }
        return mask;
    }

    /**
     * A cheap test before {@link #words}: false when the lengths alone rule out both a typo and a
     * sound-alike, so that {@link #words} would return 0.
     */
    public static boolean mayBeSimilar(String left, String right) {
        int longer = Math.max(left.length(), right.length());
        int shorter = Math.min(left.length(), right.length());
        return longer - shorter <= editBudget(longer) || (shorter >= 4 && 3 * shorter >= 2 * longer);
    }

    /**
     * Whether two first letters are the same or spell the same sound across transliterations
     * (Wladimir/Vladimir, Usama/Osama, Chaled/Khaled).
     */
    private static boolean sameFirstSound(char left, char right) {
        return left == right || firstSoundGroup(left) != 0 && firstSoundGroup(left) == firstSoundGroup(right);
    }

    private static char firstSoundGroup(char letter) {
        return switch (letter) {
            case 'a', 'e', 'i', 'o', 'u', 'y' -> 'a';
            case 'b', 'p', 'f', 'v', 'w' -> 'b';
            case 'c', 'k', 'q' -> 'k';
            case 'g', 'j' -> 'j';
            case 's', 'z', 'x' -> 's';
            case 'd', 't' -> 't';
            default -> 0;
        };
    }

    /** At most one vowel letter: the way abjads (Arabic, Hebrew) come out in Latin letters. */
    private static boolean isVowelPoor(String word) {
        int vowels = 0;
        for (int i = 0; i < word.length(); i++) {
            char letter = word.charAt(i);
            if (letter == 'a' || letter == 'e' || letter == 'i' || letter == 'o' || letter == 'u') {
                vowels++;
            }
        }
        return vowels <= 1 && word.length() >= 4;
    }

    /** 0.8 for the same skeleton of three consonants, more for longer ones; 0 when they differ. */
    private static double soundAlike(String left, String right, String leftSkeleton, String rightSkeleton) {
        if (leftSkeleton.length() < 3
                || !leftSkeleton.equals(rightSkeleton)
                || soundClass(left.charAt(0)) != soundClass(right.charAt(0))) {
            return 0.0;
        }
        return Math.min(0.9, PHONETIC + 0.05 * (leftSkeleton.length() - 3));
    }

    /** Whether two different words are within the typo budget (as opposed to sounding alike). */
    public static boolean isTypo(String left, String right) {
        int budget = editBudget(Math.max(left.length(), right.length()));
        return budget > 0 && boundedDistance(left, right, budget) <= budget;
    }

    /** Edits tolerated in a word of the given length: none up to 3 letters, then about one per 3–4. */
    public static int editBudget(int length) {
        if (length <= 3) {
            return 0;
        }
        if (length <= 5) {
            return 1;
        }
        return length <= 9 ? 2 : 3;
    }

    /** Optimal-string-alignment distance (edits incl. adjacent swaps), or bound + 1 when larger. */
    public static int boundedDistance(String left, String right, int bound) {
        int rows = left.length() + 1;
        int columns = right.length() + 1;
        int[][] buffers = ROWS.get();
        if (buffers[0].length < columns) {
            buffers = new int[3][columns * 2];
            ROWS.set(buffers);
        }
        int[] previousPrevious = buffers[0];
        int[] previous = buffers[1];
        int[] current = buffers[2];
        for (int j = 0; j < columns; j++) {
            previous[j] = j;
        }
        for (int i = 1; i < rows; i++) {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j < columns; j++) {
                int cost = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1
                        && j > 1
                        && left.charAt(i - 1) == right.charAt(j - 2)
                        && left.charAt(i - 2) == right.charAt(j - 1)) {
                    value = Math.min(value, previousPrevious[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > bound) {
                return bound + 1;
            }
            int[] recycled = previousPrevious;
            previousPrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[columns - 1], bound + 1);
    }

    /** Classic Jaro-Winkler similarity (prefix scale 0.1, up to 4 characters). */
    public static double jaroWinkler(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left.equals(right) ? 1.0 : 0.0;
        }
        int window = Math.max(0, Math.max(left.length(), right.length()) / 2 - 1);
        boolean[] leftMatched = new boolean[left.length()];
        boolean[] rightMatched = new boolean[right.length()];
        int matches = 0;
        for (int i = 0; i < left.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(right.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!rightMatched[j] && left.charAt(i) == right.charAt(j)) {
                    leftMatched[i] = true;
                    rightMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < left.length(); i++) {
            if (leftMatched[i]) {
                while (!rightMatched[j]) {
                    j++;
                }
                if (left.charAt(i) != right.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / left.length() + m / right.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(left.length(), right.length()))
                && left.charAt(prefix) == right.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /**
     * Consonants folded into sound classes, vowels and glides dropped, repeats collapsed: "putin",
     * "poutine", "bwtyn" → "btn"; "vladimir", "wladimir", "fladymyr" → "bltmr".
     */
    public static String skeleton(String word) {
        var skeleton = new StringBuilder(word.length());
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char sound = soundClass(word.charAt(i));
            if (sound != 0 && sound != previous) {
                skeleton.append(sound);
            }
            previous = sound == 0 ? previous : sound;
        }
        return skeleton.toString();
    }

    private static char soundClass(char letter) {
        return switch (letter) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
            case 'b', 'p', 'f', 'v' -> 'b';
            case 'c', 'k', 'q' -> 'k';
            case 'g', 'j' -> 'j';
            case 's', 'z', 'x' -> 's';
            case 'd', 't' -> 't';
            default -> letter;
        };
    }

    private static boolean isNumeric(String word) {
        return !word.isEmpty()
                && Character.isDigit(word.charAt(0))
                && Character.isDigit(word.charAt(word.length() - 1));
    }
}
