package org.parley.rules.regulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The dated rules (standards carve-outs, Affiliates rule and its stay, …) by id. Immutable, thread-safe. */
public final class RuleTimeline {
    public static final String HUAWEI_TGL = "huawei-tgl-5g-standards";
    public static final String HUAWEI_STANDARDS_EXCLUSION = "huawei-standards-exclusion";
    public static final String ENTITY_LIST_STANDARDS_AUTHORIZATION = "entity-list-standards-authorization";
    public static final String STANDARDS_NOT_SUBJECT = "standards-not-subject";
    public static final String AFFILIATES_RULE = "affiliates-rule";
    public static final String AFFILIATES_RULE_STAY = "affiliates-rule-stay";
    public static final String ENCRYPTION_SOURCE_CODE_NOTICE = "encryption-source-code-notice";

    private final Map<String, RulePeriod> periods;

    private RuleTimeline(Map<String, RulePeriod> periods) {
        this.periods = periods;
    }

    static RuleTimeline from(JsonNode array) {
        Map<String, RulePeriod> periods = new LinkedHashMap<>();
        array.values().forEach(node -> {
            var period = new RulePeriod(
                    node.path("id").asString(),
                    node.path("title").asString(),
                    Resources.date(node.get("from")),
                    Resources.date(node.get("to")),
                    node.path("citation").asString(),
                    Resources.text(node.get("federalRegister")));
            periods.put(period.id(), period);
        });
        for (String id : List.of(
                HUAWEI_TGL,
                HUAWEI_STANDARDS_EXCLUSION,
                ENTITY_LIST_STANDARDS_AUTHORIZATION,
                STANDARDS_NOT_SUBJECT,
                AFFILIATES_RULE,
                AFFILIATES_RULE_STAY,
                ENCRYPTION_SOURCE_CODE_NOTICE)) {
            if (!periods.containsKey(id)) {
                throw new IllegalStateException("ear-rules.json: timeline period '" + id + "' is missing");
            }
        }
        return new RuleTimeline(Map.copyOf(periods));
    }

    public RulePeriod period(String id) {
        return periods.get(id);
    }

    public List<RulePeriod> all() {
        return List.copyOf(periods.values());
    }
}
