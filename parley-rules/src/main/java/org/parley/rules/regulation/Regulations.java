package org.parley.rules.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Every regulation table the engine applies, loaded from the versioned resources in this package
 * (Country Chart, Country Groups, CCL controls, rule timeline, embargoes, Part 744 data). Immutable,
 * thread-safe; load once and share.
 */
public final class Regulations {
    private final LocalDate asOf;
    private final CountryChart countryChart;
    private final CountryGroups countryGroups;
    private final EccnControls eccnControls;
    private final RuleTimeline timeline;
    private final Map<String, Embargo> embargoes;
    private final MilitaryEndUseRules militaryEndUse;
    private final Set<String> encryptionSupplement3;
    private final FederalRegisterDates federalRegisterDates;

    private Regulations(JsonNode rules, CountryChart chart, CountryGroups groups, EccnControls controls) {
        this.asOf = LocalDate.parse(rules.path("rulesAsOf").asString());
        this.countryChart = chart;
        this.countryGroups = groups;
        this.eccnControls = controls;
        this.timeline = RuleTimeline.from(rules.path("timeline"));
        this.embargoes = embargoes(rules.path("embargoes"));
        this.militaryEndUse = militaryEndUse(rules);
        this.encryptionSupplement3 =
                Set.copyOf(Resources.strings(rules.path("encryption").path("supplement3")));
        this.federalRegisterDates = federalRegisterDates(rules.path("federalRegisterDates"));
    }

    /** Loads the tables shipped with this version of parley-rules. */
    public static Regulations load() {
        return new Regulations(
                Resources.read("ear-rules.json"),
                CountryChart.from(Resources.read("country-chart.json")),
                CountryGroups.from(Resources.read("country-groups.json")),
                EccnControls.from(Resources.read("eccn-controls.json")));
    }

    /** The date the regulation data was last brought up to (the {@code rulesAsOf} of every response). */
    public LocalDate asOf() {
        return asOf;
    }

    public CountryChart countryChart() {
        return countryChart;
    }

    public CountryGroups countryGroups() {
        return countryGroups;
    }

    public EccnControls eccnControls() {
        return eccnControls;
    }

    public RuleTimeline timeline() {
        return timeline;
    }

    /** The Part 746 embargo on a destination (alpha-2 or covered-region code), if any. */
    public Optional<Embargo> embargo(String destination) {
        return Optional.ofNullable(embargoes.get(destination));
    }

    public MilitaryEndUseRules militaryEndUse() {
        return militaryEndUse;
    }

    /** Supp. No. 3 to Part 740: destinations with favourable treatment under License Exception ENC. */
    public boolean encryptionSupplement3(String country) {
        return encryptionSupplement3.contains(country);
    }

    public FederalRegisterDates federalRegisterDates() {
        return federalRegisterDates;
    }

    private static Map<String, Embargo> embargoes(JsonNode array) {
        Map<String, Embargo> embargoes = new HashMap<>();
        array.values()
                .forEach(node -> embargoes.put(
                        node.path("country").asString(),
                        new Embargo(
                                node.path("country").asString(),
                                node.path("citation").asString(),
                                switch (node.path("items").asString()) {
                                    case "all" -> Embargo.Items.ALL;
                                    case "ccl" -> Embargo.Items.CCL;
                                    case "all-exports-ccl-deemed" -> Embargo.Items.ALL_EXPORTS_CCL_DEEMED;
                                    default ->
                                        throw new IllegalStateException(
                                                "ear-rules.json: unknown embargo item scope " + node.path("items"));
                                },
                                Resources.date(node.get("from")),
                                node.path("policy").asString(),
                                Resources.text(node.get("note")))));
        return Map.copyOf(embargoes);
    }

    private static MilitaryEndUseRules militaryEndUse(JsonNode rules) {
        JsonNode meu = rules.path("militaryEndUse");
        List<MilitaryEndUseRules.CountryScope> scopes = new ArrayList<>();
        meu.path("countries")
                .values()
                .forEach(node -> scopes.add(new MilitaryEndUseRules.CountryScope(
                        node.path("country").asString(),
                        "all".equals(node.path("items").asString()),
                        Resources.date(node.get("from")),
                        Resources.text(node.get("note")))));
        JsonNode intelligence = rules.path("militaryIntelligenceEndUse");
        return new MilitaryEndUseRules(
                meu.path("citation").asString(),
                List.copyOf(scopes),
                Set.copyOf(Resources.strings(meu.path("supplement2"))),
                intelligence.path("citation").asString(),
                Resources.date(intelligence.get("from")),
                Set.copyOf(Resources.strings(intelligence.path("countries"))));
    }

    private static FederalRegisterDates federalRegisterDates(JsonNode array) {
        List<FederalRegisterDates.KnownRule> known = new ArrayList<>();
        array.values()
                .forEach(node -> known.add(new FederalRegisterDates.KnownRule(
                        node.path("volume").asInt(),
                        node.path("firstPage").asInt(),
                        node.path("lastPage").asInt(),
                        LocalDate.parse(node.path("effective").asString()))));
        return new FederalRegisterDates(known);
    }
}
