package org.parley.core.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.parley.core.access.Role;
import org.parley.core.members.Member;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.system.ForbiddenException;
import org.parley.core.system.NotFoundException;
import org.parley.core.system.ValidationException;
import org.parley.core.testing.DatabaseTest;
import org.parley.core.testing.Rows;
import org.parley.core.testing.Scenario;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.PublicStatus;

class DocumentServiceTest {

    static final NewClassification TECHNOLOGY_5E002 =
            new NewClassification("technology", "5e002", "5A002.a", "unpublished", "IETF", true, false);

    private static DocumentService documents(Scenario scenario) {
        return new DocumentService(scenario.database.jdbi(), scenario.clock, scenario.audit, 1_000);
    }

    /** A scenario with an expert on each side and the document service. */
    private record TwoSides(Scenario scenario, DocumentService documents, Actor usExpert, Actor cnExpert) {}

    private static TwoSides twoSides(Database database) {
        Scenario scenario = new Scenario(database);
        return new TwoSides(
                scenario,
                documents(scenario),
                Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "Uma")),
                Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "Chen")));
    }

    private static Upload text(String name, String content) {
        return new Upload(name, "text/plain", "en", content.getBytes(StandardCharsets.UTF_8));
    }

    @DatabaseTest
    void aNewVersionIsUnclassifiedUntilAComplianceOfficerClassifiesIt(Database database) {
        Scenario scenario = new Scenario(database);
        DocumentService documents = documents(scenario);
        Member author = scenario.seat(scenario.us, Role.EXPERT, "Uma Author");
        Member officer = scenario.seat(scenario.cn, Role.COMPLIANCE_OFFICER, "Chen Officer");
        Member other = scenario.seat(scenario.us, Role.EXPERT, "Otto Other");
        Document document = documents.create(
                Scenario.actorOf(author),
                scenario.group.id(),
                new NewDocument("Draft profile", scenario.us.id(), Visibility.JOINT));

        DocumentVersion version =
                documents.addVersion(Scenario.actorOf(author), document.id(), text("profile.txt", "draft"));
        assertThat(version.classified()).isFalse();
        assertThat(version.version()).isEqualTo(1);

        DocumentVersion classified = documents.classify(Scenario.actorOf(officer), version.id(), TECHNOLOGY_5E002);
        assertThat(classified.classification()).satisfies(classification -> {
            assertThat(classification.itemKind()).isEqualTo(ItemKind.TECHNOLOGY);
            assertThat(classification.eccn()).isEqualTo("5E002");
            assertThat(classification.forEccn()).isEqualTo("5A002.a");
            assertThat(classification.publicStatus()).isEqualTo(PublicStatus.UNPUBLISHED);
            assertThat(classification.standards()).isEqualTo(new StandardsContext("IETF", true, false));
        });
        assertThatThrownBy(() -> documents.classify(Scenario.actorOf(other), version.id(), TECHNOLOGY_5E002))
                .isInstanceOf(ForbiddenException.class);
        DocumentVersion byOwner = documents.classify(
                Scenario.actorOf(author),
                version.id(),
                new NewClassification("technology", "EAR99", null, null, null, null, null));
        assertThat(byOwner.classification().eccn()).isEqualTo("EAR99");
        assertThat(byOwner.classification().standards()).isNull();
        assertThat(scenario.auditIntact()).isTrue();
    }

    @DatabaseTest
    void badClassificationsNameEveryField(Database database) {
        Scenario scenario = new Scenario(database);
        DocumentService documents = documents(scenario);
        Member author = scenario.seat(scenario.us, Role.EXPERT, "Uma Author");
        Document document = documents.create(
                Scenario.actorOf(author),
                scenario.group.id(),
                new NewDocument("Draft", scenario.us.id(), Visibility.JOINT));
        long versionId = documents
                .addVersion(Scenario.actorOf(author), document.id(), text("a.txt", "x"))
                .id();

        assertThatThrownBy(() -> documents.classify(
                        Scenario.actorOf(author),
                        versionId,
                        new NewClassification("drawing", "5X999", "nonsense", "leaked", null, null, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.fields())
                                .containsExactly("itemKind", "eccn", "forEccn", "publicStatus"));
    }

    @DatabaseTest
    void caucusDocumentsAreInvisibleToTheOtherSide(Database database) {
        TwoSides t = twoSides(database);
        Scenario scenario = t.scenario();
        DocumentService documents = t.documents();
        Actor usExpert = t.usExpert();
        Actor cnExpert = t.cnExpert();
        Document caucus = documents.create(
                usExpert, scenario.group.id(), new NewDocument("US position", scenario.us.id(), Visibility.CAUCUS));
        Document joint = documents.create(
                usExpert, scenario.group.id(), new NewDocument("Joint draft", scenario.us.id(), Visibility.JOINT));

        assertThat(documents.documents(cnExpert, scenario.group.id()))
                .extracting(Document::id)
                .containsExactly(joint.id());
        assertThat(documents.documents(usExpert, scenario.group.id())).hasSize(2);
        assertThatThrownBy(() -> documents.document(cnExpert, caucus.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.create(
                        cnExpert, scenario.group.id(), new NewDocument("Not mine", scenario.us.id(), Visibility.JOINT)))
                .isInstanceOf(ForbiddenException.class);
    }

    @DatabaseTest
    void newestVersionsGiveEachVisibleDocumentsLatestVersionOnly(Database database) {
        TwoSides t = twoSides(database);
        Scenario scenario = t.scenario();
        DocumentService documents = t.documents();
        Actor usExpert = t.usExpert();
        Actor cnExpert = t.cnExpert();
        long group = scenario.group.id();
        Document joint =
                documents.create(usExpert, group, new NewDocument("Joint", scenario.us.id(), Visibility.JOINT));
        Document caucus =
                documents.create(usExpert, group, new NewDocument("Caucus", scenario.us.id(), Visibility.CAUCUS));
        Document empty =
                documents.create(usExpert, group, new NewDocument("Empty", scenario.us.id(), Visibility.JOINT));
        documents.addVersion(usExpert, joint.id(), text("a.txt", "one"));
        DocumentVersion second = documents.addVersion(usExpert, joint.id(), text("a.txt", "two"));
        DocumentVersion caucusVersion = documents.addVersion(usExpert, caucus.id(), text("c.txt", "ours"));

        assertThat(documents.newestVersions(usExpert, group))
                .containsOnlyKeys(joint.id(), caucus.id())
                .containsEntry(joint.id(), second)
                .containsEntry(caucus.id(), caucusVersion)
                .doesNotContainKey(empty.id());
        assertThat(documents.newestVersions(cnExpert, group)).containsOnlyKeys(joint.id());
    }

    @DatabaseTest
    void uploadsAreCheckedAndIdenticalContentIsStoredOnce(Database database) {
        Scenario scenario = new Scenario(database);
        DocumentService documents = documents(scenario);
        Actor author = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "Uma"));
        Document document = documents.create(
                author, scenario.group.id(), new NewDocument("Draft", scenario.us.id(), Visibility.JOINT));

        DocumentVersion first = documents.addVersion(author, document.id(), text("../../etc/passwd", "same"));
        DocumentVersion second = documents.addVersion(author, document.id(), text("C:\\temp\\copy.txt", "same"));

        assertThat(first.fileName()).isEqualTo("passwd");
        assertThat(second.fileName()).isEqualTo("copy.txt");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.contentSha256()).isEqualTo(first.contentSha256());
        assertThat(Rows.count(database, "document_contents")).isEqualTo(1);
        assertThatThrownBy(() -> documents.addVersion(author, document.id(), text("big.txt", "x".repeat(1_001))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.getMessage())
                                .contains("content: is larger than the limit of 1000 bytes"));
        assertThatThrownBy(() -> documents.addVersion(
                        author, document.id(), new Upload("..", "text/plain", "en", new byte[] {1})))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.fields()).containsExactly("fileName"));
    }

    @DatabaseTest
    void aDeletedDocumentDisappearsButItsVersionsStay(Database database) {
        Scenario scenario = new Scenario(database);
        DocumentService documents = documents(scenario);
        Actor author = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "Uma"));
        Document document = documents.create(
                author, scenario.group.id(), new NewDocument("Draft", scenario.us.id(), Visibility.JOINT));
        DocumentVersion version = documents.addVersion(author, document.id(), text("a.txt", "x"));

        documents.delete(author, document.id(), "superseded");

        assertThat(documents.documents(author, scenario.group.id())).isEmpty();
        assertThatThrownBy(() -> documents.version(author, version.id())).isInstanceOf(NotFoundException.class);
        assertThat(Rows.count(database, "document_versions")).isEqualTo(1);
    }

    @DatabaseTest
    void aDocumentWithItsClassifiedFirstVersionIsCreatedWhollyOrNotAtAll(Database database) {
        Scenario scenario = new Scenario(database);
        DocumentService documents = documents(scenario);
        Actor author = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "Uma"));
        Actor outsider = Scenario.actorOf(scenario.seat(scenario.cn, Role.EXPERT, "Chen"));
        // Same side: may add a version, but only the creator or an officer classifies it.
        Actor colleague = Scenario.actorOf(scenario.seat(scenario.us, Role.EXPERT, "Otto"));
        NewDocument draft = new NewDocument("Draft", scenario.us.id(), Visibility.JOINT);

        DocumentVersion created = documents.createClassified(
                author, scenario.group.id(), draft, text("draft.txt", "text"), TECHNOLOGY_5E002);
        assertThatThrownBy(() -> documents.createClassified(
                        outsider, scenario.group.id(), draft, text("draft.txt", "text"), TECHNOLOGY_5E002))
                .isInstanceOf(ForbiddenException.class);
        int documentsBefore = Rows.count(database, "documents");
        assertThatThrownBy(() -> documents.addClassifiedVersion(
                        colleague, created.documentId(), text("v2.txt", "v2"), TECHNOLOGY_5E002))
                .isInstanceOf(ForbiddenException.class);

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.classification().eccn()).isEqualTo("5E002");
        assertThat(documentsBefore).isEqualTo(1);
        assertThat(Rows.count(database, "document_versions"))
                .as("the colleague's version rolled back")
                .isEqualTo(1);
        assertThat(scenario.auditIntact()).isTrue();
    }
}
