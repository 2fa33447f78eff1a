package org.parley.rules.parties;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.rules.regulation.FederalRegisterDates;
import org.parley.screening.lists.ListEntry;

/**
 * How an Entity List or MEU List entry reads: which items its licence requirement reaches, its review
 * policy, whether it is a Huawei entry, and since when it is listed. The list texts are messy
 * ("For All Items Subject to the EAR (See §734.9(e)1, and §744.11 of the EAR)2.", "Presumption for
 * denial"); this class is where that mess is read. Immutable.
 */
public record EntityListing(ListEntry entry, ItemScope scope, String policy, boolean huawei) {

    /** The items an entry's licence requirement reaches. */
    public enum ItemScope {
        ALL_ITEMS("all items subject to the EAR"),
        SUPPLEMENT_2_ITEMS("items listed in Supp. No. 2 to Part 744"),
        CCL_ITEMS("items on the CCL");

        private final String description;

        ItemScope(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    // Footnote 1 of Supp. No. 4 to Part 744 marks the Huawei entries (foreign direct product rule §734.9(e)(1)).
    private static final Pattern HUAWEI_FOOTNOTE = Pattern.compile("734\\.9\\s?\\(e\\)\\s?(?:1(?!\\d)|\\(1\\))");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");

    public static EntityListing of(ListEntry entry) {
        String requirement = normalize(entry.licenseRequirement()).toLowerCase(Locale.ROOT);
        ItemScope scope;
        if (requirement.contains("supplement no. 2 to part 744")) {
            scope = ItemScope.SUPPLEMENT_2_ITEMS;
        } else if (requirement.startsWith("for items on the ccl")) {
            scope = ItemScope.CCL_ITEMS;
        } else {
            // "For all items subject to the EAR", with or without exceptions that never reach
            // technology or software (crude oil, UAV operation technology released by the operator).
            scope = ItemScope.ALL_ITEMS;
        }
        boolean huawei =
                entry.allNames().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains("huawei"))
                        || HUAWEI_FOOTNOTE
                                .matcher(normalize(entry.licenseRequirement()))
                                .find();
        return new EntityListing(entry, scope, policy(entry.licensePolicy()), huawei);
    }

    /** True when the entry is in force on the day: its own dates, else its first Federal Register notice. */
    public boolean listedOn(LocalDate day, FederalRegisterDates dates) {
        if (entry.startDate() != null || entry.endDate() != null) {
            return entry.inForceOn(day);
        }
        return dates.earliest(entry.federalRegisterNotice())
                .map(from -> !day.isBefore(from))
                .orElse(true);
    }

    /** The day the entry took effect as far as the list tells, for trace lines. */
    public String listedSince(FederalRegisterDates dates) {
        if (entry.startDate() != null) {
            return entry.startDate().toString();
        }
        return dates.earliest(entry.federalRegisterNotice())
                .map(LocalDate::toString)
                .orElse("an unknown date");
    }

    /** The requirement text as published, blanks collapsed, or a placeholder when the list gives none. */
    public String requirementText() {
        String text = normalize(entry.licenseRequirement());
        return text.isEmpty() ? "(no licence requirement text on the list)" : text;
    }

    /** Canonical spelling of the common policies; anything longer is passed on as published. */
    static String policy(String raw) {
        String text = normalize(raw);
        if (text.isEmpty()) {
            return null;
        }
        String lower = TRAILING_DOTS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        if (lower.equals("presumption of denial") || lower.equals("presumption for denial")) {
            return "Presumption of denial";
        }
        if (lower.equals("policy of denial")) {
            return "Policy of denial";
        }
        if (lower.equals("case-by-case basis") || lower.equals("case-by-case review")) {
            return "Case-by-case review";
        }
        return text;
    }

    private static String normalize(String text) {
        return text == null
                ? ""
                : WHITESPACE
                        .matcher(text.replace('\u0092', '\''))
                        .replaceAll(" ")
                        .trim();
    }
}
