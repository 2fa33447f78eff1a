package org.parley.core.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Policy updates for tests: hand-written, not copied from any publication. Stateless. */
public final class PolicyUpdates {

    private PolicyUpdates() {}

    public static NewPolicyUpdate bisRule() {
        return bisRule("Entity List additions: semiconductor fabs");
    }

    /** A BIS rule, in English and Chinese, whose English title is {@code title}. */
    public static NewPolicyUpdate bisRule(String title) {
        return new NewPolicyUpdate(
                Map.of(
                        "en",
                        new PolicyText(title, "Adds twelve entities; licence review policy: presumption of denial."),
                        "zh",
                        new PolicyText("实体清单新增：半导体工厂", "新增十二个实体；许可审查政策：推定拒绝。")),
                "en",
                "us",
                "BIS",
                InstrumentType.LIST_ADDITION,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 15),
                "91 FR 1000",
                "https://www.federalregister.gov/d/2026-00001",
                List.of("Entity List", "semiconductors"),
                null);
    }

    public static NewPolicyUpdate mofcomAnnouncement() {
        return new NewPolicyUpdate(
                Map.of(
                        "zh", new PolicyText("关于两用物项出口管制的公告", "商务部公告，涉及出口许可程序。"),
                        "en", new PolicyText("Announcement on dual-use export controls", null)),
                "zh",
                "CN",
                "MOFCOM",
                InstrumentType.RULE,
                LocalDate.of(2026, 8, 20),
                null,
                "MOFCOM Announcement No. 99 of 2026",
                null,
                List.of("export control law"),
                null);
    }

    /** The same update without titles, jurisdiction or dates. */
    public static NewPolicyUpdate withoutTitleJurisdictionOrDates() {
        NewPolicyUpdate rule = bisRule();
        return new NewPolicyUpdate(
                Map.of("en", new PolicyText(" ", "summary only")),
                "en",
                null,
                rule.issuingBody(),
                rule.instrumentType(),
                null,
                null,
                rule.citation(),
                rule.sourceUrl(),
                rule.tags(),
                null);
    }
}
