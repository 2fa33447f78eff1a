package org.parley.web.pages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language the pages are written in; the first is the fallback. */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The short tag used in URLs, cookies and member records, e.g. {@code zh}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The value of the HTML {@code lang} attribute. */
    public String htmlLang() {
        return this == ZH ? "zh-Hans" : tag;
    }

    /** The language a tag such as {@code zh}, {@code zh-CN} or {@code en-US} names, if we have it. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The best of our languages for an {@code Accept-Language} header, if it names one of them. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    Optional<Language> language = fromTag(range.getRange());
                    if (language.isPresent()) {
                        return language;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header is treated like a missing one.
        }
        return Optional.empty();
    }

    public static List<Language> all() {
        return List.of(values());
    }
}
