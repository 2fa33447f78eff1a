package org.parley.core.release;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.parley.core.access.Role;
import org.parley.core.documents.Document;
import org.parley.core.documents.DocumentService;
import org.parley.core.documents.DocumentVersion;
import org.parley.core.documents.NewClassification;
import org.parley.core.documents.NewDocument;
import org.parley.core.documents.Upload;
import org.parley.core.documents.Visibility;
import org.parley.core.members.Member;
import org.parley.core.members.NewMember;
import org.parley.core.storage.Database;
import org.parley.core.system.Actor;
import org.parley.core.testing.Scenario;
import org.parley.rules.regulation.Regulations;
import org.parley.screening.Screener;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListEntryBuilder;
import org.parley.screening.lists.PartyType;

/**
 * A group with an author on the US side, a compliance officer, a clean Chinese expert and a Chinese
 * expert employed by an Entity-List company, plus a document with one version. Not thread-safe.
 */
final class ReleaseFixture {

    static final Regulations REGULATIONS = Regulations.load();
    static final NewClassification EAR99 =
            new NewClassification("technology", "EAR99", null, "unpublished", null, null, null);

    final Scenario scenario;
    final DocumentService documents;
    final ReleaseService releases;
    final Downloads downloads;
    final Member author;
    final Member officer;
    final Member clean;
    final Member huaweiEngineer;
    final Document document;
    final DocumentVersion version;

    ReleaseFixture(Database database) {
        this(database, null);
    }

    /** @param screener replaces the scenario's screener for releases, or null */
    ReleaseFixture(Database database, Supplier<Screener> screener) {
        scenario = new Scenario(database);
        documents = new DocumentService(database.jdbi(), scenario.clock, scenario.audit, 1_000_000);
        releases = new ReleaseService(
                database.jdbi(),
                scenario.clock,
                scenario.audit,
                screener == null ? scenario::screener : screener,
                REGULATIONS,
                0.85);
        downloads = new Downloads(database.jdbi());
        author = scenario.seat(scenario.us, Role.EXPERT, "Uma Author");
        officer = scenario.seat(scenario.us, Role.COMPLIANCE_OFFICER, "Olivia Officer");
        clean = scenario.seat(scenario.cn, Role.EXPERT, "Chen Clean");
        huaweiEngineer = scenario.members.addMember(
                scenario.admin,
                scenario.newMember(
                        scenario.cn,
                        Role.OBSERVER,
                        "Hu Engineer",
                        "Huawei Technologies Co., Ltd.",
                        Scenario.userIdOf(scenario.user("Hu Engineer"))));
        // Listed after they joined: the lists changed and nobody re-screened yet; the gate still catches it.
        scenario.list(entityListed("el-1", "Huawei Technologies Co., Ltd."), denied("dpl-1", "John Q. Deniedperson"));
        document = documents.create(
                actor(author),
                scenario.group.id(),
                new NewDocument("Interop profile", scenario.us.id(), Visibility.JOINT));
        version = documents.addVersion(
                actor(author),
                document.id(),
                new Upload("profile.txt", "text/plain", "en", "profile text".getBytes(StandardCharsets.UTF_8)));
    }

    DocumentVersion classify(NewClassification classification) {
        return documents.classify(actor(officer), version.id(), classification);
    }

    ReleaseReport release(ReleaseTarget target) {
        return releases.release(actor(author), new ReleaseOrder(version.id(), target, null, false, null));
    }

    Member member(String name, String organisation, List<String> nationalities, String zone) {
        NewMember template = scenario.newMember(scenario.cn, Role.OBSERVER, name, organisation, null);
        return scenario.members.addMember(
                scenario.admin,
                new NewMember(
                        template.sideId(),
                        Scenario.userIdOf(scenario.user(name)),
                        name,
                        organisation,
                        template.email(),
                        "zh",
                        zone,
                        Role.OBSERVER,
                        nationalities,
                        List.of()));
    }

    static Actor actor(Member member) {
        return Scenario.actorOf(member);
    }

    static ListEntry entityListed(String id, String name) {
        return new ListEntryBuilder()
                .id(id)
                .listCode("EL")
                .source("Entity List (EL) - Bureau of Industry and Security")
                .type(PartyType.ORGANIZATION)
                .name(name)
                .country("CN")
                .licenseRequirement("For all items subject to the EAR. (See §744.11 of the EAR)")
                .licensePolicy("Presumption of denial.")
                .federalRegisterNotice("84 FR 22961")
                .build();
    }

    static ListEntry denied(String id, String name) {
        return new ListEntryBuilder()
                .id(id)
                .listCode("DPL")
                .source("Denied Persons List (DPL) - Bureau of Industry and Security")
                .type(PartyType.PERSON)
                .name(name)
                .country("US")
                .federalRegisterNotice("70 F.R. 12345 3/1/05")
                .build();
    }
}
