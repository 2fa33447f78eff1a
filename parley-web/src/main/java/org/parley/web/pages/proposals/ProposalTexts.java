package org.parley.web.pages.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.web.pages.Form;

/**
 * The text fields of the forms that draft or revise a proposal: one per language the pages offer,
 * named {@code texts.<language>} as the platform names them, and the authoritative language.
 * Stateless.
 */
public final class ProposalTexts {

    /** The languages the forms offer, in the order shown. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private ProposalTexts() {}

    /** The texts filled in, by language; a blank field is left out (the proposal is not in that language). */
    public static Map<String, String> from(Form form) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            if (form.text(field(language)) != null) {
                texts.put(language, form.rawText(field(language)).strip());
            }
        }
        return texts;
    }

    public static String field(String language) {
        return "texts." + language;
    }
}
