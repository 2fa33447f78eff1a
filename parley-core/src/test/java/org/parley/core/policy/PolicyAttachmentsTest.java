package org.parley.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.parley.core.access.Role;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentService;
import org.parley.core.documents.NewDocument;
import org.parley.core.documents.Visibility;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ConflictException;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Scenario;

/** The posting side attaches its group's joint documents to an update; everyone in the group sees the titles. */
class PolicyAttachmentsTest {

    @DatabaseTest
    void thePostingSideAttachesJointDocumentsOnly(Database database) {
        Scenario scenario = new Scenario(database);
        var updates = new PolicyUpdateService(database.jdbi(), scenario.clock, scenario.audit);
        var attachments = new PolicyAttachments(database.jdbi(), scenario.clock, scenario.audit);
        var documents = new DocumentService(database.jdbi(), scenario.clock, scenario.audit, 1_000);
        Actor usExpert = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "US Expert"));
        Actor cnExpert = Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "CN Expert"));
        long group = scenario.group.id();
        Document rule = documents.create(
                usExpert, group, new NewDocument("Rule text (PDF)", scenario.us.id(), Visibility.JOINT));
        Document caucus = documents.create(
                usExpert, group, new NewDocument("Our assessment", scenario.us.id(), Visibility.CAUCUS));
        PolicyUpdate update = updates.post(usExpert, group, PolicyUpdates.bisRule());

        var attached = attachments.attach(usExpert, update.id(), rule.id());

        assertThat(attached).containsExactly(new PolicyAttachment(update.id(), rule.id(), "Rule text (PDF)"));
        assertThat(attachments.attachments(cnExpert, update.id())).isEqualTo(attached);
        assertThat(attachments.byUpdate(cnExpert, group)).containsOnlyKeys(update.id());
        assertThatThrownBy(() -> attachments.attach(usExpert, update.id(), caucus.id()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.fields()).containsExactly("documentId"))
                .hasMessageContaining("caucus");
        assertThatThrownBy(() -> attachments.attach(cnExpert, update.id(), rule.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> attachments.attach(usExpert, update.id(), rule.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(attachments.detach(usExpert, update.id(), rule.id())).isEmpty();
        updates.withdraw(usExpert, update.id(), "superseded");
        assertThatThrownBy(() -> attachments.attach(usExpert, update.id(), rule.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(scenario.auditIntact()).isTrue();
    }
}
