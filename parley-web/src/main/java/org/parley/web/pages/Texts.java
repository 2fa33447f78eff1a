package org.parley.web.pages;

import gg.jte.support.LocalizationSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user-visible texts of the pages in one language, read from {@code /i18n/messages_<tag>.properties}
 * (UTF-8). A missing key shows as {@code ??key??} so that it is noticed, never as an exception on a
 * page. Immutable, thread-safe.
 */
public final class Texts implements LocalizationSupport {

    /** Where the bundles live on the class path; {@code %s} is the language tag. */
    public static final String BUNDLE = "/i18n/messages_%s.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<Language, Texts> ALL = loadAll();

    private final Language language;
    private final Properties messages;

    private Texts(Language language, Properties messages) {
        this.language = language;
        this.messages = messages;
    }

    public static Texts of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** Every key of this language's bundle. */
    public Set<String> keys() {
        return messages.stringPropertyNames();
    }

    @Override
    public String lookup(String key) {
        String value = messages.getProperty(key);
        return value == null ? "??" + key + "??" : value;
    }

    /**
     * The text with its {@code {0}}-style placeholders filled in, as plain (unescaped) text; the same
     * placeholder syntax as {@link #localize(String, Object...)}, which escapes for HTML.
     */
    public String format(String key, Object... arguments) {
        Matcher placeholder = PLACEHOLDER.matcher(lookup(key));
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index < arguments.length ? String.valueOf(arguments[index]) : placeholder.group();
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(text).toString();
    }

    private static Map<Language, Texts> loadAll() {
        Map<Language, Texts> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, new Texts(language, load(String.format(BUNDLE, language.tag()))));
        }
        return all;
    }

    static Properties load(String resource) {
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle " + resource + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + resource, e);
        }
    }
}
