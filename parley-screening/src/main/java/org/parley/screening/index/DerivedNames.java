package org.parley.screening.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names hidden inside a listed name: "Semiconductor Manufacturing International Corporation (SMIC)"
 * is also known as "SMIC" and as the name without the parenthesis; Entity List rows such as
 * "Huawei Technologies Co., Ltd. (Huawei). Affiliated Entity: Huawei Marine Networks Co., Ltd."
 * name a second party; some rows carry "a.k.a." fragments. Stateless.
 */
final class DerivedNames {
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?i)\\s*(?:[;,.]\\s*)?(?:\\(?\\s*\\b(?:a\\.?k\\.?a\\.?|f\\.?k\\.?a\\.?|also known as|formerly known as)"
                    + "(?=[\\s:,])|affiliated entit(?:y|ies)\\s*:)\\s*:?\\s*");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\p{N}&-]{2,12}|\\p{Lu}[\\p{L}\\p{N}]{2,15}");

    private DerivedNames() {}

    /** Further names to index for {@code name}; does not include {@code name} itself. */
    static List<String> of(String name) {
        var derived = new ArrayList<String>();
        String[] parts = SEPARATOR.split(name);
        if (parts.length > 1) {
            for (String part : parts) {
                addPart(part, derived);
            }
        }
        addWithoutParentheses(name, derived);
        derived.remove(name);
        return derived.stream().distinct().toList();
    }

    private static void addPart(String part, List<String> derived) {
        String trimmed = part.replaceAll("^[\\s;,.()]+|[\\s;,.(]+$", "");
        if (trimmed.length() >= 2) {
            derived.add(trimmed);
            addWithoutParentheses(trimmed, derived);
        }
    }

    private static void addWithoutParentheses(String name, List<String> derived) {
        Matcher matcher = PARENTHESIS.matcher(name);
        boolean found = false;
        while (matcher.find()) {
            found = true;
            String inside = matcher.group(1).strip();
            // A one-word parenthesis that looks like a short name or acronym is a name of its own.
            if (ACRONYM.matcher(inside).matches()) {
                derived.add(inside);
            }
        }
        if (found) {
            String outside = PARENTHESIS
                    .matcher(name)
                    .replaceAll(" ")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (outside.length() >= 2) {
                derived.add(outside);
            }
        }
    }
}
