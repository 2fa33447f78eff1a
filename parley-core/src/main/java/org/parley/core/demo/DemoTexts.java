package org.parley.core.demo;

import java.util.List;
import org.parley.core.meetings.Meeting;

/** The demo's prose: charter, proposal, messages, minutes. Fictional, in English and Chinese. */
final class DemoTexts {
    private DemoTexts() {}

    static final String CHARTER = """
            The Export Control & Supply-Chain Security Working Group brings together experts of the US and \
            Chinese semiconductor industry associations. It meets every six months, alternating hosts, to \
            exchange updates on technology and trade-restriction policy, to compare compliance practice, \
            and to develop joint policy proposals for both associations. Technical material is shared only \
            after export screening and a recorded release decision.""";

    static final String GOAL_TITLE = "Predictable participation in international standards work";
    static final String GOAL_TEXT =
            "Agree on principles that let member companies of both associations take part in standards bodies "
                    + "within the export-control rules that apply to each of them.";

    static final List<String> AGENDA = List.of(
            "Opening remarks by the co-chairs",
            "Exchange of policy updates",
            "Standards participation after the 2024 rule",
            "Supply-chain due-diligence practices",
            "Review of action items");

    static final String PROPOSAL_EN = """
            1. Members share technical contributions to standards bodies only after export screening.
            2. Contributions intended for publication as a standard are identified as such when shared.
            3. Each association maintains a contact point for export-control questions on standards work.
            4. The group reviews these principles after every change to the applicable rules.""";

    static final String PROPOSAL_ZH = """
            一、成员仅在完成出口管制筛查后，方可向标准组织分享技术文稿。
            二、拟作为标准公开发布的文稿，在分享时应予以标明。
            三、双方协会各自设立标准工作出口管制问题联络人。
            四、适用规则每次变更后，工作组对本原则进行复审。""";

    static final String PROPOSAL_COMMENT =
            "中方代表团原则上支持。建议在第三条中明确联络人的答复时限。 / The China delegation supports the principles "
                    + "and suggests a response time for the contact points in item 3.";

    static final String MESSAGE_1_SUBJECT = "Agenda proposals for the next plenary";
    static final String MESSAGE_1_BODY = "Please send agenda proposals for the next plenary to the secretariat.";
    static final String MESSAGE_2_SUBJECT = "Entity List additions: request for a joint briefing";
    static final String MESSAGE_2_BODY =
            "A Federal Register notice this week added parties relevant to several members. We propose a short "
                    + "joint briefing before the plenary. Please acknowledge and propose times.";
    static final String MESSAGE_3_SUBJECT = "MOFCOM announcement on export-control list";
    static final String MESSAGE_3_BODY = "商务部发布了新的出口管制管控名单公告，请美方代表团知悉。 / MOFCOM published a new announcement on its "
            + "export-control list; for the US delegation's information.";

    static final String OUTCOME_1 =
            "Both associations brief their members on the group's shared glossary of control terms.";
    static final String OUTCOME_2 =
            "Each side nominates a contact point for export-control questions on standards work.";

    static String minutesOf(Meeting meeting) {
        return """
                Minutes of the %s plenary in %s.

                1. The co-chairs opened the meeting and adopted the agenda.
                2. Policy updates: the US delegation presented recent Entity List and standards-related changes; \
                the China delegation presented recent MOFCOM announcements.
                3. The group discussed participation in standards bodies and agreed to draft joint principles.
                4. Action items were reviewed; see the action list.
                """.formatted(meeting.startsAtLocal().toLocalDate(), meeting.city());
    }
}
