package org.parley.web.access;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.access.Role;
import org.parley.core.channels.Priority;
import org.parley.core.documents.NewClassification;
import org.parley.core.documents.NewDocument;
import org.parley.core.documents.Upload;
import org.parley.core.documents.Visibility;
import org.parley.core.groups.Group;
import org.parley.core.groups.NewGroup;
import org.parley.core.groups.NewSide;
import org.parley.core.groups.Side;
import org.parley.core.meetings.Venue;
import org.parley.core.members.Member;
import org.parley.core.policy.InstrumentType;
import org.parley.core.policy.NewPolicyUpdate;
import org.parley.core.policy.PolicyText;
import org.parley.core.release.ReleaseOrder;
import org.parley.core.release.ReleaseTarget;
import org.parley.core.system.Actor;
import org.parley.core.testing.Scenario;
import org.parley.screening.lists.PartyType;
import org.parley.web.testing.TestNode;

/**
 * One group seeded through the core services with a person in every role of {@link Who}, and one of
 * each object the routes name (meeting, agenda item, proposal, channel, message, document, version,
 * review, ...). {@link #ids()} names them for the placeholders of route paths and bodies; objects a
 * route destroys (a member to remove, a document to delete) have their own entries so that the rows
 * after it still find theirs. Not thread-safe.
 */
final class AccessFixture {

    private static final int CAP = 10;

    private final Map<String, String> ids = new HashMap<>();
    private final Map<Who, String> emails = new EnumMap<>(Who.class);

    AccessFixture(TestNode node) {
        Scenario scenario = node.scenario;
        var core = node.core;
        var workflows = node.workflows;
        Actor admin = scenario.admin;
        Side a = scenario.us;
        Side b = scenario.cn;
        core.groups().changeMemberCap(admin, a.id(), CAP);
        core.groups().changeMemberCap(admin, b.id(), CAP);
        emails.put(Who.ADMIN, TestNode.ADMIN_EMAIL);
        Member secretariat = seat(node, Who.SECRETARIAT, a, Role.SECRETARIAT);
        Member chairA = seat(node, Who.CHAIR_A, a, Role.CO_CHAIR);
        Member chairB = seat(node, Who.CHAIR_B, b, Role.CO_CHAIR);
        Member expertA = seat(node, Who.EXPERT_A, a, Role.EXPERT);
        Member expertB = seat(node, Who.EXPERT_B, b, Role.EXPERT);
        Member officer = seat(node, Who.OFFICER, a, Role.COMPLIANCE_OFFICER);
        Member spare = scenario.seat(a, Role.EXPERT, "Spare Expert");
        Member leaver = scenario.seat(a, Role.EXPERT, "Leaving Expert");
        Member alternate = scenario.seat(a, Role.ALTERNATE, "Alternate Person");
        seatOutsider(node);
        Actor chairAActor = Scenario.actorOf(chairA);
        Actor expertAActor = Scenario.actorOf(expertA);
        long groupId = scenario.group.id();

        put("groupId", groupId);
        put("sideA", a.id());
        put("sideB", b.id());
        put("sideId", a.id());
        put("memberId", expertA.id());
        put("expertB", expertB.id());
        put("chairB", chairB.id());
        put("spare", spare.id());
        put("leaver", leaver.id());
        put("alternate", alternate.id());
        put("secretariat", secretariat.id());
        put(
                "milestoneId",
                core.groups()
                        .addMilestone(admin, groupId, null, "Glossary", LocalDate.of(2026, 12, 1))
                        .id());

        var venue = new Venue(a.id(), "Geneva", "Europe/Zurich", "Palais", "");
        long meetingId = core.meetings()
                .schedule(admin, groupId, "Plenary", LocalDateTime.of(2026, 10, 1, 9, 0), 90, venue)
                .id();
        put("meetingId", meetingId);
        long agendaItemId =
                core.agenda().addItem(admin, meetingId, "Welcome", null).id();
        put("agendaItemId", agendaItemId);
        core.minutes().saveDraft(admin, meetingId, "We met.");
        put(
                "actionId",
                core.actions()
                        .create(admin, expertA.id(), meetingId, "Glossary draft", LocalDate.of(2026, 11, 1))
                        .id());
        put(
                "outcomeId",
                core.outcomes()
                        .record(admin, groupId, meetingId, "Agreed to draft")
                        .id());

        put("proposalId", submittedProposal(node, chairAActor, groupId, "Common glossary"));
        put("withdrawable", submittedProposal(node, chairAActor, groupId, "Withdrawn glossary"));
        put("version", 1);

        long channelId = core.channels()
                .open(admin, groupId, "Co-chairs", Set.of(a.id(), b.id()))
                .id();
        put("channelId", channelId);
        put(
                "archivable",
                core.channels()
                        .open(admin, groupId, "Old", Set.of(a.id(), b.id()))
                        .id());
        put("messageId", send(node, chairAActor, channelId, a.id(), "Hello"));
        put("archivableMessage", send(node, expertAActor, channelId, a.id(), "Old news"));

        long updateId =
                core.policyUpdates().post(expertAActor, groupId, policyUpdate()).id();
        put("updateId", updateId);
        core.policyAgenda().link(admin, agendaItemId, updateId);
        // Withdrawing is final: the API and the page each withdraw an update of their own.
        put(
                "updateToWithdraw",
                core.policyUpdates().post(expertAActor, groupId, policyUpdate()).id());
        put(
                "pageUpdateToWithdraw",
                core.policyUpdates().post(expertAActor, groupId, policyUpdate()).id());

        put("documentId", document(node, expertAActor, groupId, a.id(), "Interop profile"));
        put("deletable", document(node, expertAActor, groupId, a.id(), "Draft to delete"));
        // Versions uploaded through the page are classified, so they go to a document of their own:
        // the newest classified version of documentId stays the one the release dialog offers.
        put("revisable", document(node, expertAActor, groupId, a.id(), "Revised profile"));
        long documentId = Long.parseLong(ids.get("documentId"));
        long versionId = workflows
                .documents()
                .addVersion(
                        expertAActor,
                        documentId,
                        new Upload("profile.txt", "text/plain", "en", "profile".getBytes(StandardCharsets.UTF_8)))
                .id();
        put("versionId", versionId);
        workflows
                .documents()
                .classify(
                        Scenario.actorOf(officer),
                        versionId,
                        new NewClassification("technology", "EAR99", null, "unpublished", null, null, null));
        workflows
                .releases()
                .release(
                        expertAActor,
                        new ReleaseOrder(
                                versionId, new ReleaseTarget.People(List.of(expertB.id())), null, false, null));

        put("reviewId", openReview(node, Scenario.actorOf(officer)));
        put("tokenId", core.accounts().issueToken(admin, "ci", null).id());
        workflows.notifier().dispatchPending();
        put(
                "notificationId",
                workflows
                        .notifications()
                        .notifications(expertAActor, false)
                        .get(0)
                        .id());
        put("calendarFile", calendarFile(node, b));
        put("kind", "MEETING_INVITATION");
        put("tag", "zh");
        put("snapshotId", "none-stored");
    }

    /** Identifier (or value) by placeholder name, e.g. {@code meetingId}. */
    Map<String, String> ids() {
        return Map.copyOf(ids);
    }

    /** The e-mail each signed-in caller signs in with; all but the administrator use {@link TestNode#PASSWORD}. */
    String email(Who who) {
        return emails.get(who);
    }

    private void put(String name, Object value) {
        ids.put(name, String.valueOf(value));
    }

    private Member seat(TestNode node, Who who, Side side, Role role) {
        Member member = node.scenario.seat(side, role, who.name());
        emails.put(who, node.core.accounts().user(member.userId()).email());
        return member;
    }

    /** A member, with an account, of a second group that shares nothing with the first. */
    private void seatOutsider(TestNode node) {
        Scenario scenario = node.scenario;
        Group other = node.core
                .groups()
                .createGroup(
                        scenario.admin,
                        new NewGroup("Other WG", "Other charter.", List.of(new NewSide("X", 3), new NewSide("Y", 3))));
        Side side = node.core.groups().sides(scenario.admin, other.id()).get(0);
        long userId = Scenario.userIdOf(scenario.user("Outsider"));
        node.core.members().addMember(scenario.admin, scenario.newMember(side, Role.EXPERT, "Outsider", "Org", userId));
        emails.put(Who.OUTSIDER, node.core.accounts().user(userId).email());
    }

    /**
     * The file name of a secret calendar link ({@code key.ics}), made by a member of its own: every
     * caller of the matrix may replace their own link, which would end this one.
     */
    private static String calendarFile(TestNode node, Side side) {
        Member subscriber = node.scenario.seat(side, Role.EXPERT, "Calendar Subscriber");
        String key = node.workflows.calendarLinks().renew(Scenario.actorOf(subscriber), subscriber.id());
        return key + ".ics";
    }

    private static long submittedProposal(TestNode node, Actor author, long groupId, String title) {
        long id = node.core
                .proposals()
                .draft(author, groupId, title, Map.of("en", title + " text"), "en")
                .id();
        node.core.proposals().submit(author, id);
        return id;
    }

    private static long send(TestNode node, Actor sender, long channelId, long sideId, String subject) {
        return node.core
                .messages()
                .send(sender, channelId, sideId, Priority.NORMAL, subject, subject + ".", Duration.ofDays(2))
                .id();
    }

    private static long document(TestNode node, Actor author, long groupId, long sideId, String title) {
        return node.workflows
                .documents()
                .create(author, groupId, new NewDocument(title, sideId, Visibility.JOINT))
                .id();
    }

    private static NewPolicyUpdate policyUpdate() {
        return new NewPolicyUpdate(
                Map.of("en", new PolicyText("Entity List additions", "Twelve entities added.")),
                "en",
                "US",
                "BIS",
                InstrumentType.LIST_ADDITION,
                LocalDate.of(2026, 9, 1),
                null,
                "91 FR 1000",
                "https://www.federalregister.gov/d/2026-00001",
                List.of(),
                null);
    }

    /** A member whose name is on the lists, held for a compliance officer's review. */
    private static long openReview(TestNode node, Actor officer) {
        Scenario scenario = node.scenario;
        scenario.listOnEntityList("e1", PartyType.PERSON, "Zhao Listed");
        node.core
                .members()
                .addMember(scenario.admin, scenario.newMember(scenario.cn, Role.EXPERT, "Zhao Listed", "Org", null));
        return node.core
                .screeningReviews()
                .openReviews(officer, scenario.group.id())
                .get(0)
                .id();
    }
}
