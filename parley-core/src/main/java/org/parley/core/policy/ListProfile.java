package org.parley.core.policy;

import java.util.Map;

/**
 * How a restricted-party list is named in English and Chinese and who issues it, for drafting
 * policy updates from list digests. Immutable.
 */
record ListProfile(String englishName, String chineseName, String jurisdiction, String issuingBody) {

    private static final Map<String, ListProfile> KNOWN = Map.ofEntries(
            Map.entry("EL", new ListProfile("Entity List", "实体清单", "US", "BIS")),
            Map.entry("DPL", new ListProfile("Denied Persons List", "被拒绝人员清单", "US", "BIS")),
            Map.entry("UVL", new ListProfile("Unverified List", "未经核实清单", "US", "BIS")),
            Map.entry("MEU", new ListProfile("Military End User List", "军事最终用户清单", "US", "BIS")),
            Map.entry("SDN", new ListProfile("Specially Designated Nationals List", "特别指定国民清单", "US", "OFAC")),
            Map.entry("SSI", new ListProfile("Sectoral Sanctions Identifications List", "行业制裁识别清单", "US", "OFAC")),
            Map.entry(
                    "CMIC",
                    new ListProfile(
                            "Non-SDN Chinese Military-Industrial Complex Companies List",
                            "非SDN中国军工复合体企业清单",
                            "US",
                            "OFAC")),
            Map.entry("NS-MBS", new ListProfile("Non-SDN Menu-Based Sanctions List", "非SDN菜单式制裁清单", "US", "OFAC")),
            Map.entry("PLC", new ListProfile("Palestinian Legislative Council List", "巴勒斯坦立法委员会清单", "US", "OFAC")),
            Map.entry("CAP", new ListProfile("CAPTA List", "代理行账户或通汇账户制裁清单", "US", "OFAC")),
            Map.entry("FSE", new ListProfile("Foreign Sanctions Evaders List", "外国制裁规避者清单", "US", "OFAC")),
            Map.entry("DTC", new ListProfile("ITAR Debarred List", "ITAR禁止清单", "US", "DDTC")),
            Map.entry("ISN", new ListProfile("Nonproliferation Sanctions", "防扩散制裁清单", "US", "State Department (ISN)")),
            Map.entry(
                    "UN",
                    new ListProfile(
                            "UN Security Council Consolidated List", "联合国安理会综合制裁名单", "UN", "UN Security Council")));

    /** The profile of a known list code; for another list, names taken from its full source name. */
    static ListProfile of(String listCode, String source) {
        ListProfile known = KNOWN.get(listCode);
        if (known != null) {
            return known;
        }
        String name = source == null
                ? listCode
                : source.replaceFirst("\\s*\\(.*$", "").strip();
        String issuer = source != null && source.contains(" - ") ? source.substring(source.lastIndexOf(" - ") + 3) : "";
        return new ListProfile(name, name, "US", issuer.isBlank() ? listCode : issuer.strip());
    }
}
