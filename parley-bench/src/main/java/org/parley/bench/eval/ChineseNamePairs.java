package org.parley.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.screening.lists.ListSnapshot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chinese official names of Entity List parties, taken from the Chinese and Japanese government
 * lists in {@code intl/other_lists} (cn.json, jp.json): each row pairs English names with names in
 * Han characters. A pair is kept when one of the row's English names equals (after normalization) a
 * name of an Entity List entry; the Han name is then the query and that entry the expected hit.
 */
public final class ChineseNamePairs {
    private static final Pattern HAN_IN_PARENTHESES = Pattern.compile("[（(]([^()（）]*\\p{IsHan}[^()（）]*)[)）]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final int MIN_HAN_CHARACTERS = 4;
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");

    /** A Han-character name, the English name it was paired with, and the entries it must find. */
    public record Pair(String chineseName, String englishName, Set<Integer> expectedEntries) {}

    private ChineseNamePairs() {}

    public static List<Pair> build(EvaluationData data, ListSnapshot snapshot) {
        var entityListNames = new EntityListNames(snapshot);
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (String file : List.of("intl/other_lists/cn.json", "intl/other_lists/jp.json")) {
            for (JsonNode row : rows(data, file)) {
                addRow(row, entityListNames, pairs);
            }
        }
        return List.copyOf(pairs.values());
    }

    private static void addRow(JsonNode row, EntityListNames entityListNames, Map<String, Pair> pairs) {
        var texts = new ArrayList<String>();
        texts.add(row.path("entity_name").asString(""));
        row.path("aliases").forEach(alias -> texts.add(alias.asString("")));
        var chinese = new ArrayList<String>();
        var english = new ArrayList<String>();
        for (String text : texts) {
            Matcher matcher = HAN_IN_PARENTHESES.matcher(text);
            while (matcher.find()) {
                chinese.add(matcher.group(1).strip());
            }
            String outside = HAN_IN_PARENTHESES.matcher(text).replaceAll(" ").strip();
            if (HAN.matcher(outside).find() && !LATIN.matcher(outside).find()) {
                chinese.add(outside);
            } else if (LATIN.matcher(outside).find() && !HAN.matcher(outside).find()) {
                english.add(outside);
            }
        }
        // A row is one party: every English name of it that is an Entity List name says which entries.
        Set<Integer> expected = new TreeSet<>();
        String matchedEnglish = null;
        for (String name : english) {
            Set<Integer> entries = entityListNames.entries(name);
            if (!entries.isEmpty()) {
                expected.addAll(entries);
                matchedEnglish = matchedEnglish == null ? name : matchedEnglish;
            }
        }
        if (matchedEnglish == null) {
            return;
        }
        for (String han : chinese) {
            // Kana marks a Japanese company name; two or three characters are a city or an abbreviation.
            long hanCharacters = HAN.matcher(han).results().count();
            if (!KANA.matcher(han).find() && hanCharacters >= MIN_HAN_CHARACTERS) {
                pairs.putIfAbsent(han, new Pair(han, matchedEnglish, Set.copyOf(expected)));
            }
        }
    }

    private static List<JsonNode> rows(EvaluationData data, String file) {
        try {
            String json = Files.readString(data.root().resolve(file));
            var rows = new ArrayList<JsonNode>();
            JsonMapper.builder().build().readTree(json).forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + data.root().resolve(file), e);
        }
    }
}
