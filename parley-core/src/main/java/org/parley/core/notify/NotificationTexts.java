package org.parley.core.notify;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The bilingual (en, zh) subject and body templates. Thread-safe. */
final class NotificationTexts {

    /** A rendered subject and body. */
    record Text(String subject, String body) {}

    private static final String BUNDLE = "org.parley.core.notify.templates";

    Text render(String template, String language, List<Object> arguments) {
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh")
                ? Locale.CHINESE
                : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = arguments.toArray();
        return new Text(
                new MessageFormat(bundle.getString(template + ".subject"), locale).format(values),
                new MessageFormat(bundle.getString(template + ".body"), locale).format(values));
    }
}
