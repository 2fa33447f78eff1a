package org.parley.core.policy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.core.system.FieldChecks;

/** The input rules of a policy update, each broken rule naming its field. Stateless. */
final class PolicyUpdateChecks {

    static final int TITLE_LENGTH = 300;
    static final int SUMMARY_LENGTH = 20_000;
    static final int TAG_LENGTH = 50;
    static final int MAX_TAGS = 20;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** ISO 3166 alpha-2 codes plus the two non-country issuers a working group follows. */
    private static final Set<String> JURISDICTIONS = jurisdictions();

    private PolicyUpdateChecks() {}

    static void check(NewPolicyUpdate update) {
        FieldChecks checks = new FieldChecks();
        checkTexts(checks, update);
        checks.check(
                        update.jurisdiction() != null && JURISDICTIONS.contains(jurisdiction(update.jurisdiction())),
                        "jurisdiction",
                        update.jurisdiction() == null || update.jurisdiction().isBlank()
                                ? "is required"
                                : "must be an ISO 3166 alpha-2 country code, EU or UN")
                .text("issuingBody", update.issuingBody(), 100)
                .present("instrumentType", update.instrumentType())
                .present("publishedOn", update.publishedOn())
                .optionalText("citation", update.citation(), 500)
                .check(isWebAddress(update.sourceUrl()), "sourceUrl", "must be an http or https address")
                .optionalText("sourceUrl", update.sourceUrl(), 2000)
                .check(update.tags().size() <= MAX_TAGS, "tags", "has more than " + MAX_TAGS + " tags");
        for (String tag : update.tags()) {
            checks.text("tags", tag, TAG_LENGTH);
        }
        checks.orThrow();
    }

    static String jurisdiction(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** Tags as stored: trimmed, lower case, each once, sorted. */
    static List<String> tags(List<String> tags) {
        return tags.stream()
                .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
    }

    private static void checkTexts(FieldChecks checks, NewPolicyUpdate update) {
        var texts = update.texts();
        checks.check(texts != null && !texts.isEmpty(), "texts", "needs a title in at least one language");
        if (texts == null) {
            checks.present("authoritativeLanguage", update.authoritativeLanguage());
            return;
        }
        texts.forEach((language, text) -> {
            String field = "texts." + language;
            checks.check(
                    LANGUAGE_TAG.matcher(language).matches(),
                    "texts",
                    "has a key that is not a language tag: " + language);
            checks.text(field + ".title", text == null ? null : text.title(), TITLE_LENGTH)
                    .optionalText(field + ".summary", text == null ? null : text.summary(), SUMMARY_LENGTH);
        });
        checks.check(
                update.authoritativeLanguage() != null && texts.containsKey(update.authoritativeLanguage()),
                "authoritativeLanguage",
                "must be one of the languages of the texts");
    }

    private static boolean isWebAddress(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Set<String> jurisdictions() {
        var codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("EU");
        codes.add("UN");
        return Set.copyOf(codes);
    }
}
