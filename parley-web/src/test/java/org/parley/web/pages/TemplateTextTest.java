package org.parley.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No template writes user-visible words itself: once JTE code, expressions and tags are taken away,
 * no letters may remain, and the attributes a person reads ({@code title}, {@code alt},
 * {@code placeholder}, {@code aria-label}) hold no literal words either. Everything goes through the
 * message bundle.
 */
class TemplateTextTest {

    private static final Pattern READ_ATTRIBUTE =
            Pattern.compile("\\s(?:title|alt|placeholder|aria-label)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templatesTakeEveryTextFromTheBundle() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(I18nPropertiesSyncTest.TEMPLATES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".jte")).toList()) {
                String markup = withoutCode(I18nPropertiesSyncTest.read(file));
                Matcher attribute = READ_ATTRIBUTE.matcher(markup);
                while (attribute.find()) {
                    if (LETTER.matcher(attribute.group(1)).find()) {
                        problems.add(
                                file + ": attribute text " + attribute.group().strip());
                    }
                }
                String text = markup.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ")
                        .replaceAll("(?s)<[^>]*>", " ");
                for (String line : text.split("\n")) {
                    if (LETTER.matcher(line).find()) {
                        problems.add(file + ": text " + line.strip());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckSeesWordsInContentBlocksAndReadAttributes() {
        String template = "@param Page page\n@template.layout(page = page, content = @`\n"
                + "  @if(page.signedIn())<p title=\"${page.text(\"x\")}\">${page.t(\"a.b\")} Hello</p>@endif\n"
                + "  <img alt=\"logo\">`)";

        String markup = withoutCode(template);

        assertThat(markup.replaceAll("(?s)<[^>]*>", " ").strip()).isEqualTo("Hello");
        assertThat(READ_ATTRIBUTE.matcher(markup).results().map(match -> match.group(1)))
                .containsExactly("", "logo");
    }

    /**
     * The markup a template writes by itself: without comments, {@code @…} statements (their
     * parenthesised conditions too), {@code ${…}}, {@code $unsafe{…}} and {@code !{…}} expressions.
     */
    static String withoutCode(String template) {
        String text = template.replaceAll("(?s)<%--.*?--%>", " ");
        StringBuilder markup = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '$' || c == '!') && text.startsWith("{", i + 1)) {
                i = skipBalanced(text, i + 1, '{', '}');
            } else if (text.startsWith("$unsafe{", i)) {
                i = skipBalanced(text, i + "$unsafe".length(), '{', '}');
            } else if (text.startsWith("@template.", i)) {
                i = templateCall(text, i, markup);
            } else if (c == '@') {
                i = skipStatement(text, i + 1);
            } else {
                markup.append(c);
                i++;
            }
        }
        return markup.toString();
    }

    /**
     * Skips a {@code @template.name(…)} call but keeps the markup of the content blocks ({@code @`…`})
     * passed to it; returns the index after the call.
     */
    private static int templateCall(String text, int start, StringBuilder markup) {
        int i = text.indexOf('(', start);
        int depth = 0;
        while (i < text.length()) {
            if (text.startsWith("@`", i)) {
                int end = closingBacktick(text, i + 2);
                markup.append(withoutCode(text.substring(i + 2, end)));
                i = end + 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    /** The index of the backtick that ends the content block starting at {@code from} (blocks may nest). */
    private static int closingBacktick(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("@`", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '`' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Skips {@code @import …}/{@code @param …} lines, keywords and {@code @if(…)}-style calls. */
    private static int skipStatement(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        String word = text.substring(start, i);
        if (word.equals("import") || word.equals("param")) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        return i < text.length() && text.charAt(i) == '(' ? skipBalanced(text, i, '(', ')') : i;
    }

    /** The index after the bracket that closes the one at {@code open}, skipping quoted strings. */
    private static int skipBalanced(String text, int open, char opening, char closing) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == opening) {
                depth++;
            } else if (!quoted && c == closing && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
