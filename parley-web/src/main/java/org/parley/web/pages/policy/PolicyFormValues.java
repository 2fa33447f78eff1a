package org.parley.web.pages.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.policy.InstrumentType;
import org.parley.core.policy.NewPolicyUpdate;
import org.parley.core.policy.PolicyText;
import org.parley.core.policy.PolicyUpdate;
import org.parley.core.system.ValidationException.FieldError;
import org.parley.web.pages.Form;

/**
 * The policy-update form's fields as typed, so that a refused form comes back exactly as it was
 * sent. Field names are the platform's ({@code texts.en.title}, {@code publishedOn} …), so its
 * refusals point at the right field. Immutable.
 *
 * @param tags comma-separated
 * @param sideId blank when the poster sits on one side only
 */
public record PolicyFormValues(
        String titleEn,
        String summaryEn,
        String titleZh,
        String summaryZh,
        String authoritativeLanguage,
        String jurisdiction,
        String issuingBody,
        String instrumentType,
        String publishedOn,
        String effectiveOn,
        String citation,
        String sourceUrl,
        String tags,
        String sideId) {

    /** The languages the form has a title and summary for, in the order shown. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    static PolicyFormValues blank(String language) {
        return new PolicyFormValues("", "", "", "", language, "", "", "", "", "", "", "", "", "");
    }

    static PolicyFormValues from(Form form) {
        return new PolicyFormValues(
                typed(form, textField("en", "title")),
                typed(form, textField("en", "summary")),
                typed(form, textField("zh", "title")),
                typed(form, textField("zh", "summary")),
                typed(form, "authoritativeLanguage"),
                typed(form, "jurisdiction"),
                typed(form, "issuingBody"),
                typed(form, "instrumentType"),
                typed(form, "publishedOn"),
                typed(form, "effectiveOn"),
                typed(form, "citation"),
                typed(form, "sourceUrl"),
                typed(form, "tags"),
                typed(form, "sideId"));
    }

    /** A stored update's fields, to correct it. */
    static PolicyFormValues of(PolicyUpdate update) {
        return of(new NewPolicyUpdate(
                update.texts(),
                update.authoritativeLanguage(),
                update.jurisdiction(),
                update.issuingBody(),
                update.instrumentType(),
                update.publishedOn(),
                update.effectiveOn(),
                update.citation(),
                update.sourceUrl(),
                update.tags(),
                update.sideId()));
    }

    /** A drafted update's fields (e.g. from a list digest), for a member to review and post. */
    static PolicyFormValues of(NewPolicyUpdate update) {
        PolicyText english = update.texts().getOrDefault("en", new PolicyText("", ""));
        PolicyText chinese = update.texts().getOrDefault("zh", new PolicyText("", ""));
        return new PolicyFormValues(
                english.title(),
                text(english.summary()),
                chinese.title(),
                text(chinese.summary()),
                update.authoritativeLanguage(),
                update.jurisdiction(),
                update.issuingBody(),
                update.instrumentType() == null ? "" : update.instrumentType().name(),
                text(update.publishedOn()),
                text(update.effectiveOn()),
                text(update.citation()),
                text(update.sourceUrl()),
                String.join(", ", update.tags()),
                "");
    }

    /**
     * The update these fields describe. A field that cannot be read (a malformed date) is left null
     * and its problem added to {@code problems}.
     */
    NewPolicyUpdate toUpdate(List<FieldError> problems) {
        Map<String, PolicyText> texts = new LinkedHashMap<>();
        addText(texts, "en", titleEn, summaryEn);
        addText(texts, "zh", titleZh, summaryZh);
        return new NewPolicyUpdate(
                texts,
                blankToNull(authoritativeLanguage),
                blankToNull(jurisdiction),
                blankToNull(issuingBody),
                instrumentType(problems),
                date("publishedOn", publishedOn, problems),
                date("effectiveOn", effectiveOn, problems),
                blankToNull(citation),
                blankToNull(sourceUrl),
                Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList(),
                sideId(problems));
    }

    /** A language counts once its title or summary is filled in; a summary alone is refused for lack of a title. */
    private static void addText(Map<String, PolicyText> texts, String language, String title, String summary) {
        if (!title.isBlank() || !summary.isBlank()) {
            texts.put(language, new PolicyText(title, blankToNull(summary)));
        }
    }

    private InstrumentType instrumentType(List<FieldError> problems) {
        if (instrumentType.isBlank()) {
            return null;
        }
        try {
            return InstrumentType.valueOf(instrumentType.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError("instrumentType", "is not one of the choices: " + instrumentType));
            return null;
        }
    }

    private Long sideId(List<FieldError> problems) {
        if (sideId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(sideId.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldError("sideId", "is not one of the choices: " + sideId));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<FieldError> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(field, FieldProblem.NOT_A_DATE));
            return null;
        }
    }

    /** A text field's name, as the platform names its refusals: {@code texts.<language>.<part>}. */
    static String textField(String language, String part) {
        return "texts." + language + "." + part;
    }

    private static String typed(Form form, String field) {
        String value = form.rawText(field);
        return value == null ? "" : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
