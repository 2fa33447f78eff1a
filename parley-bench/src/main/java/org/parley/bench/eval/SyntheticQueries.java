package org.parley.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.lists.PartyType;

/**
 * Held-out style queries made from list names with a seeded random generator: the name as listed,
 * case and punctuation changes, one or two typos, person names reordered, legal-form variants and
 * a dropped Chinese city prefix. Each query knows the entry it must find. Stateless.
 */
public final class SyntheticQueries {
    private static final Set<String> CITY_PREFIXES = Set.of(
            "beijing",
            "shanghai",
            "shenzhen",
            "hangzhou",
            "guangzhou",
            "chengdu",
            "wuhan",
            "xian",
            "tianjin",
            "nanjing",
            "harbin",
            "changsha",
            "hefei",
            "suzhou",
            "dalian",
            "qingdao",
            "xiamen",
            "zhuhai",
            "dongguan",
            "chongqing",
            "shenyang",
            "jinan",
            "zhengzhou",
            "ningbo",
            "wuxi",
            "mianyang",
            "changchun",
            "kunming",
            "nanchang",
            "taiyuan",
            "lanzhou",
            "foshan",
            "fuzhou");
    private static final String[][] LEGAL_FORM_SWAPS = {
        {"(?i)\\bco\\.?,? ?ltd\\.?$", "Company Limited"},
        {"(?i)\\bcompany limited$", "Co., Ltd."},
        {"(?i)\\blimited$", "Ltd"},
        {"(?i)\\bltd\\.?$", "Limited"},
        {"(?i)\\binc\\.?$", "Incorporated"},
        {"(?i)\\bincorporated$", "Inc."},
        {"(?i)\\bcorp\\.?$", "Corporation"},
        {"(?i)\\bcorporation$", "Corp."},
        {"(?i)\\bl\\.?l\\.?c\\.?$", "Limited Liability Company"},
        {"(?i)\\bjsc$", "Joint Stock Company"},
        {"(?i)\\bgmbh$", ""},
        {"(?i),? (llp|plc|s\\.?a\\.?|ag|fze)$", ""}
    };

    /** The kinds of perturbation. */
    public enum Perturbation {
        EXACT,
        CASE_AND_PUNCTUATION,
        ONE_TYPO,
        TWO_TYPOS,
        REORDERED_PERSON,
        LEGAL_FORM_VARIANT,
        CITY_PREFIX_DROPPED
    }

    /** A generated query and the entry (index in the snapshot) it must find. */
    public record Query(String text, int expectedEntry, String listedName, Perturbation perturbation) {}

    private SyntheticQueries() {}

    /** Up to {@code perKind} queries of each perturbation, from entries of {@code snapshot}. */
    public static List<Query> generate(ListSnapshot snapshot, int perKind, long seed) {
        var random = new Random(seed);
        var queries = new ArrayList<Query>();
        List<ListEntry> entries = snapshot.entries();
        for (Perturbation perturbation : Perturbation.values()) {
            int made = 0;
            for (int attempt = 0; attempt < perKind * 200 && made < perKind; attempt++) {
                int entryIndex = random.nextInt(entries.size());
                ListEntry entry = entries.get(entryIndex);
                String name = pickName(entry, random);
                if (name.replaceAll("[^\\p{L}]", "").length() < 4) {
                    continue;
                }
                String text = perturb(perturbation, entry, name, random);
                if (text != null && !text.isBlank()) {
                    queries.add(new Query(text, entryIndex, name, perturbation));
                    made++;
                }
            }
        }
        return queries;
    }

    private static String pickName(ListEntry entry, Random random) {
        List<String> names = new ArrayList<>();
        names.add(entry.name());
        entry.aliases().stream().filter(alias -> !alias.weak()).map(Alias::name).forEach(names::add);
        return names.get(random.nextInt(names.size())).strip();
    }

    private static String perturb(Perturbation perturbation, ListEntry entry, String name, Random random) {
        return switch (perturbation) {
            case EXACT -> name;
            case CASE_AND_PUNCTUATION -> caseAndPunctuation(name, random);
            case ONE_TYPO -> typos(name, 1, random);
            case TWO_TYPOS -> typos(name, 2, random);
            case REORDERED_PERSON -> entry.type() == PartyType.PERSON ? reorder(name) : null;
            case LEGAL_FORM_VARIANT -> entry.type() == PartyType.PERSON ? null : legalFormVariant(name);
            case CITY_PREFIX_DROPPED -> dropCity(name);
        };
    }

    private static String caseAndPunctuation(String name, Random random) {
        String text = random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
        return random.nextBoolean()
                ? text.replaceAll("[.,;:()'\"-]", "")
                : text.replace(" ", "  ").replace(",", " ,");
    }

    private static String typos(String name, int count, Random random) {
        String[] words = name.split(" ");
        var eligible = new ArrayList<Integer>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].matches("\\p{L}{5,}")) {
                eligible.add(i);
            }
        }
        if (eligible.size() < count) {
            return null;
        }
        java.util.Collections.shuffle(eligible, random);
        for (int k = 0; k < count; k++) {
            int i = eligible.get(k);
            words[i] = typo(words[i], random);
        }
        return String.join(" ", words);
    }

    /** One random edit (substitution, deletion, insertion or swap) after the first letter. */
    private static String typo(String word, Random random) {
        int position = 1 + random.nextInt(word.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        BiFunction<String, Integer, String> edit = switch (random.nextInt(4)) {
            case 0 -> (w, p) -> w.substring(0, p) + letter + w.substring(p + 1);
            case 1 -> (w, p) -> w.substring(0, p) + w.substring(p + 1);
            case 2 -> (w, p) -> w.substring(0, p) + letter + w.substring(p);
            default ->
                (w, p) -> p + 1 < w.length()
                        ? w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2)
                        : w.substring(0, p - 1) + w.charAt(p) + w.charAt(p - 1);
        };
        return edit.apply(word, position);
    }

    private static String reorder(String name) {
        int comma = name.indexOf(", ");
        if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
            return name.substring(comma + 2) + " " + name.substring(0, comma);
        }
        String[] words = name.split(" ");
        if (words.length < 2) {
            return null;
        }
        return words[words.length - 1] + " " + String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    }

    private static String legalFormVariant(String name) {
        for (String[] swap : LEGAL_FORM_SWAPS) {
            String changed = name.replaceFirst(swap[0], swap[1]).strip();
            if (!changed.equals(name) && changed.length() > 3) {
                return changed;
            }
        }
        return null;
    }

    private static String dropCity(String name) {
        String[] words = name.split(" ");
        if (words.length < 3 || !CITY_PREFIXES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        return name.substring(words[0].length()).strip();
    }
}
