package org.parley.core.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.parley.core.access.Role;
import org.parley.core.audit.AuditEvent;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

class ProposalLifecycleTest {

    private static final Map<String, String> TEXTS =
            Map.of("en", "Both sides share audit checklists.", "zh", "双方共享审核清单。");

    private record Parties(
            Scenario scenario,
            ProposalService proposals,
            EndorsementService endorsements,
            Actor usChair,
            Actor cnChair,
            Actor expert) {}

    private static Parties parties(Database database) {
        Scenario scenario = new Scenario(database);
        return new Parties(
                scenario,
                new ProposalService(database.jdbi(), scenario.clock, scenario.audit),
                new EndorsementService(database.jdbi(), scenario.clock, scenario.audit),
                Scenario.actorOf(scenario.seat(scenario.us, Role.CO_CHAIR, "US Chair")),
                Scenario.actorOf(scenario.seat(scenario.cn, Role.CO_CHAIR, "CN Chair")),
                Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "CN Expert")));
    }

    @DatabaseTest
    void theGroupsProposalsCarryTheirCurrentTextsAndEndorsementsOnly(Database database) {
        Parties p = parties(database);
        long group = p.scenario.group.id();
        Proposal revised = p.proposals.draft(p.expert, group, "Audit checklists", TEXTS, "en");
        p.proposals.submit(p.expert, revised.id());
        p.endorsements.endorse(p.usChair, revised.id(), p.scenario.us.id(), 1);
        p.proposals.revise(p.expert, revised.id(), Map.of("en", "Yearly checklists."), "en");
        Proposal endorsed = p.proposals.draft(p.expert, group, "Glossary", Map.of("zh", "术语表。"), "zh");
        p.proposals.submit(p.expert, endorsed.id());
        p.endorsements.endorse(p.cnChair, endorsed.id(), p.scenario.cn.id(), 1);

        List<Proposal> listed = p.proposals.proposals(p.expert, group);

        assertThat(listed).extracting(Proposal::id).containsExactly(revised.id(), endorsed.id());
        assertThat(listed.get(0).texts()).isEqualTo(Map.of("en", "Yearly checklists."));
        assertThat(listed.get(0).endorsedBySides()).isEmpty();
        assertThat(listed.get(1).texts()).isEqualTo(Map.of("zh", "术语表。"));
        assertThat(listed.get(1).endorsedBySides()).containsExactly(p.scenario.cn.id());
        // The list and the single proposal agree.
        assertThat(listed.get(1)).isEqualTo(p.proposals.proposal(p.expert, endorsed.id()));
    }

    @DatabaseTest
    void adoptedOnlyWhenEverySideEndorsesTheCurrentVersion(Database database) {
        Parties p = parties(database);
        Proposal draft = p.proposals.draft(p.expert, p.scenario.group.id(), "Audit checklists", TEXTS, "en");
        assertThat(draft.authoritativeText()).isEqualTo("Both sides share audit checklists.");
        assertThatThrownBy(() -> p.endorsements.endorse(p.usChair, draft.id(), p.scenario.us.id(), 1))
                .isInstanceOf(ConflictException.class);

        p.proposals.submit(p.expert, draft.id());
        Proposal halfway = p.endorsements.endorse(p.usChair, draft.id(), p.scenario.us.id(), 1);
        assertThat(halfway.status()).isEqualTo(ProposalStatus.UNDER_ENDORSEMENT);
        assertThat(halfway.endorsedBySides()).containsExactly(p.scenario.us.id());

        Proposal revised = p.proposals.revise(
                p.expert,
                draft.id(),
                Map.of("en", "Both sides share audit checklists yearly.", "zh", "双方每年共享审核清单。"),
                "zh");
        assertThat(revised.currentVersion()).isEqualTo(2);
        assertThat(revised.endorsedBySides()).isEmpty();
        assertThat(revised.authoritativeText()).isEqualTo("双方每年共享审核清单。");
        assertThatThrownBy(() -> p.endorsements.endorse(p.cnChair, draft.id(), p.scenario.cn.id(), 1))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> p.endorsements.endorse(p.usChair, draft.id(), p.scenario.cn.id(), 2))
                .isInstanceOf(ForbiddenException.class);

        p.endorsements.endorse(p.cnChair, draft.id(), p.scenario.cn.id(), 2);
        Proposal adopted = p.endorsements.endorse(p.usChair, draft.id(), p.scenario.us.id(), 2);

        assertThat(adopted.status()).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(adopted.closedAt()).isNotNull();
        assertThat(p.proposals.texts(p.expert, draft.id(), 1)).isEqualTo(TEXTS);
        assertThatThrownBy(() -> p.proposals.revise(p.expert, draft.id(), TEXTS, "en"))
                .isInstanceOf(ConflictException.class);
        assertThat(p.proposals.history(p.expert, draft.id()))
                .extracting(AuditEvent::action)
                .containsExactly(
                        "proposal.drafted",
                        "proposal.status-changed",
                        "proposal.endorsed",
                        "proposal.revised",
                        "proposal.endorsed",
                        "proposal.endorsed",
                        "proposal.status-changed");
        assertThat(p.scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void oneSidesRejectionEndsTheProposal(Database database) {
        Parties p = parties(database);
        Proposal draft = p.proposals.draft(p.expert, p.scenario.group.id(), "Joint lab", TEXTS, "en");
        p.proposals.submit(p.cnChair, draft.id());

        assertThatThrownBy(() -> p.endorsements.reject(p.usChair, draft.id(), p.scenario.us.id(), 1, ""))
                .isInstanceOf(ValidationException.class);
        Proposal rejected = p.endorsements.reject(p.usChair, draft.id(), p.scenario.us.id(), 1, "outside charter");

        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThatThrownBy(() -> p.endorsements.endorse(p.cnChair, draft.id(), p.scenario.cn.id(), 1))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void authorWithdrawsAndMembersComment(Database database) {
        Parties p = parties(database);
        Actor observer = Scenario.actorOf(p.scenario.seat(p.scenario.us, Role.OBSERVER, "Observer"));
        Actor otherExpert = Scenario.actorOf(p.scenario.seat(p.scenario.us, Role.EXPERT, "US Expert"));
        assertThatThrownBy(() -> p.proposals.draft(observer, p.scenario.group.id(), "x", TEXTS, "en"))
                .isInstanceOf(ForbiddenException.class);
        Proposal draft = p.proposals.draft(p.expert, p.scenario.group.id(), "Joint lab", TEXTS, "en");

        Comment comment = p.proposals.comment(observer, draft.id(), "Which lab?");
        assertThatThrownBy(() -> p.proposals.withdraw(otherExpert, draft.id(), "not mine"))
                .isInstanceOf(ForbiddenException.class);
        Proposal withdrawn = p.proposals.withdraw(p.expert, draft.id(), "merged into another proposal");

        assertThat(withdrawn.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(p.proposals.comments(p.usChair, draft.id())).containsExactly(comment);
        assertThat(comment.version()).isEqualTo(1);
    }

    @DatabaseTest
    void theAuthoritativeLanguageMustBeOneOfTheTexts(Database database) {
        Parties p = parties(database);

        assertThatThrownBy(() -> p.proposals.draft(p.expert, p.scenario.group.id(), "t", Map.of("en", "text"), "zh"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("authoritativeLanguage"));
        assertThatThrownBy(() -> p.proposals.draft(p.expert, p.scenario.group.id(), "t", Map.of(), "en"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("texts", "authoritativeLanguage"));
    }
}
