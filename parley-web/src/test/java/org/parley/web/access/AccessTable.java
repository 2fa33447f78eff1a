package org.parley.web.access;

import static org.parley.web.access.AccessRow.delete;
import static org.parley.web.access.AccessRow.get;
import static org.parley.web.access.AccessRow.post;
import static org.parley.web.access.AccessRow.put;
import static org.parley.web.access.RequestBody.file;
import static org.parley.web.access.RequestBody.form;
import static org.parley.web.access.RequestBody.json;
import static org.parley.web.access.Who.ADMIN;
import static org.parley.web.access.Who.ANYONE;
import static org.parley.web.access.Who.CHAIR_A;
import static org.parley.web.access.Who.CHAIR_B;
import static org.parley.web.access.Who.EXPERT_A;
import static org.parley.web.access.Who.EXPERT_B;
import static org.parley.web.access.Who.GROUP;
import static org.parley.web.access.Who.MANAGERS;
import static org.parley.web.access.Who.MEMBERS;
import static org.parley.web.access.Who.OFFICER;
import static org.parley.web.access.Who.SECRETARIAT;
import static org.parley.web.access.Who.SIDE_A_MANAGERS;
import static org.parley.web.access.Who.SIGNED_IN;
import static org.parley.web.access.Who.only;

import java.util.List;
import java.util.Set;

/**
 * Who may use each route of a complete node: one row per registered route, in registration order.
 * A route without a row fails {@link AccessMatrixTest}: add the row with the route. Side A is the US
 * side, side B the CN side; {@link AccessFixture} seeds the objects the placeholders name.
 */
final class AccessTable {

    /** The members of side A, who own its documents and speak for it in channels. */
    private static final Set<Who> SIDE_A = only(SECRETARIAT, CHAIR_A, EXPERT_A, OFFICER);

    /** Side A's members and the administrator, who manage side A's documents. */
    private static final Set<Who> SIDE_A_DOCUMENTS = only(ADMIN, SECRETARIAT, CHAIR_A, EXPERT_A, OFFICER);

    private static final Set<Who> SIDE_B = only(CHAIR_B, EXPERT_B);
    private static final Set<Who> OFFICERS = only(ADMIN, OFFICER);

    private static final String SIGN_IN = "{\"email\": \"admin@example.org\", \"password\": \"admin password 1\"}";
    private static final String NEW_GROUP = "{\"name\": \"New WG\", \"charter\": \"c\","
            + " \"sides\": [{\"name\": \"A\", \"memberCap\": 2}, {\"name\": \"B\", \"memberCap\": 2}]}";
    private static final String NEW_MEMBER = "{\"fullName\": \"Ann Observer\", \"organisation\": \"Org\","
            + " \"email\": \"ann@example.org\", \"preferredLanguage\": \"en\", \"timeZone\": \"America/New_York\","
            + " \"role\": \"OBSERVER\", \"nationalities\": [\"US\"]}";
    private static final String VENUE =
            "{\"hostSideId\": {sideA}, \"city\": \"Geneva\", \"timeZone\": \"Europe/Zurich\", \"place\": \"Palais\"}";
    private static final String NEW_MEETING = "{\"title\": \"Extra\", \"startsAtLocal\": \"2026-11-02T09:00\","
            + " \"durationMinutes\": 60, \"venue\": " + VENUE + "}";
    private static final String NEW_SERIES = "{\"title\": \"Monthly\", \"rule\": \"FREQ=MONTHLY;INTERVAL=1;COUNT=2\","
            + " \"firstDate\": \"2026-11-05\", \"localStart\": \"09:00\", \"durationMinutes\": 60,"
            + " \"rotation\": [" + VENUE + "]}";
    private static final String TEXTS = "\"texts\": {\"en\": \"Revised text.\"}, \"authoritativeLanguage\": \"en\"";
    private static final String POLICY_UPDATE = "{\"texts\": {\"en\": {\"title\": \"Guidance\"}},"
            + " \"authoritativeLanguage\": \"en\", \"jurisdiction\": \"US\", \"issuingBody\": \"BIS\","
            + " \"instrumentType\": \"GUIDANCE\", \"publishedOn\": \"2026-08-20\"}";
    private static final String CLASSIFICATION =
            "{\"itemKind\": \"technology\", \"eccn\": \"EAR99\", \"publicStatus\": \"unpublished\"}";
    private static final String RELEASE = "{\"target\": {\"kind\": \"people\", \"memberIds\": [{expertB}]}}";
    private static final RequestBody.Form CLASSIFICATION_FORM =
            form("itemKind", "technology", "eccn", "EAR99", "publicStatus", "unpublished");
    private static final RequestBody.Form UPLOAD_FORM = CLASSIFICATION_FORM.and("language", "en");
    /** The release dialog's ticked recipients: one {@code memberId} field each. */
    private static final RequestBody.Form RELEASE_FORM = form("memberId", "{expertB}", "memberId", "{chairB}");

    private static final RequestBody.Form POLICY_FORM = form(
            "texts.en.title",
            "Page guidance",
            "authoritativeLanguage",
            "en",
            "jurisdiction",
            "US",
            "issuingBody",
            "BIS",
            "instrumentType",
            "GUIDANCE",
            "publishedOn",
            "2026-08-20");
    private static final String[] MEMBER_FORM = {
        "sideId", "{sideA}", "fullName", "Page Observer", "organisation", "Org", "email", "po@example.org",
        "preferredLanguage", "en", "timeZone", "America/New_York", "role", "OBSERVER", "nationalities", "US"
    };
    private static final String[] SERIES_FORM = {
        "title",
        "Page series",
        "frequency",
        "weekly",
        "interval",
        "1",
        "count",
        "1",
        "localStart",
        "09:00",
        "firstDate",
        "2026-11-10",
        "durationMinutes",
        "60",
        "city0",
        "Geneva",
        "hostSideId0",
        "{sideA}",
        "timeZone0",
        "Europe/Zurich",
        "place0",
        "Palais"
    };

    private AccessTable() {}

    static final List<AccessRow> ROWS = List.of(
            // system and sessions
            get("/health", ANYONE),
            get("/metrics", ANYONE),
            post("/api/v1/session", ANYONE, json(SIGN_IN)),
            get("/api/v1/session", SIGNED_IN),
            delete("/api/v1/session", SIGNED_IN),
            post(
                    "/api/v1/users",
                    only(ADMIN),
                    json("{\"email\": \"made@example.org\", \"displayName\": \"Made\","
                            + " \"password\": \"a long password\"}")),
            put(
                    "/api/v1/me/password",
                    SIGNED_IN,
                    json("{\"currentPassword\": \"not the password\", \"newPassword\": \"another long one\"}")),
            post("/api/v1/tokens", SIGNED_IN, json("{\"label\": \"ci\"}")),
            delete("/api/v1/tokens/{tokenId}", only(ADMIN)),
            // groups
            get("/api/v1/groups", SIGNED_IN),
            post("/api/v1/groups", only(ADMIN), json(NEW_GROUP)),
            get("/api/v1/groups/{groupId}", GROUP),
            put("/api/v1/groups/{groupId}/charter", MANAGERS, json("{\"charter\": \"Revised.\"}")),
            get("/api/v1/groups/{groupId}/sides", GROUP),
            put("/api/v1/sides/{sideId}/cap", MANAGERS, json("{\"memberCap\": 10}")),
            get("/api/v1/groups/{groupId}/goals", GROUP),
            post("/api/v1/groups/{groupId}/goals", MANAGERS, json("{\"title\": \"Goal\", \"description\": \"d\"}")),
            get("/api/v1/groups/{groupId}/milestones", GROUP),
            post(
                    "/api/v1/groups/{groupId}/milestones",
                    MANAGERS,
                    json("{\"title\": \"Milestone\", \"dueDate\": \"2026-12-01\"}")),
            put("/api/v1/milestones/{milestoneId}/status", MANAGERS, json("{\"status\": \"IN_PROGRESS\"}")),
            // members and screening reviews
            get("/api/v1/groups/{groupId}/members", GROUP),
            post("/api/v1/sides/{sideId}/members", SIDE_A_MANAGERS, json(NEW_MEMBER)),
            get("/api/v1/members/{memberId}", GROUP),
            put("/api/v1/members/{memberId}/role", SIDE_A_MANAGERS, json("{\"role\": \"OBSERVER\"}"))
                    .target("memberId", "spare"),
            post("/api/v1/members/{memberId}/removal", SIDE_A_MANAGERS, json("{\"reason\": \"left\"}"))
                    .target("memberId", "leaver"),
            put("/api/v1/sides/{sideId}/head", SIDE_A_MANAGERS, json("{\"memberId\": {spare}}")),
            get("/api/v1/sides/{sideId}/substitutions", GROUP),
            post(
                    "/api/v1/sides/{sideId}/substitutions",
                    SIDE_A_MANAGERS,
                    json("{\"absentMemberId\": {memberId}, \"alternateMemberId\": {alternate},"
                            + " \"startsOn\": \"2026-10-01\", \"endsOn\": \"2026-10-02\", \"reason\": \"travel\"}")),
            get("/api/v1/groups/{groupId}/reviews", only(OFFICER)),
            get("/api/v1/reviews/{reviewId}", only(OFFICER)),
            post("/api/v1/reviews/{reviewId}/confirmation", only(OFFICER), json("{\"reason\": \"same person\"}")),
            post("/api/v1/reviews/{reviewId}/dismissal", only(OFFICER), json("{\"reason\": \"different person\"}")),
            post("/api/v1/members/{memberId}/rescreening", OFFICERS, RequestBody.NONE),
            // meetings, agenda, attendance, minutes
            get("/api/v1/groups/{groupId}/meetings", GROUP),
            post("/api/v1/groups/{groupId}/meetings", MANAGERS, json(NEW_MEETING)),
            post("/api/v1/groups/{groupId}/series", MANAGERS, json(NEW_SERIES)),
            get("/api/v1/meetings/{meetingId}", GROUP),
            put(
                    "/api/v1/meetings/{meetingId}/schedule",
                    MANAGERS,
                    json("{\"startsAtLocal\": \"2026-10-01T10:00\", \"venue\": " + VENUE + "}")),
            put("/api/v1/meetings/{meetingId}/status", MANAGERS, json("{\"status\": \"SCHEDULED\"}")),
            get("/api/v1/meetings/{meetingId}/agenda", GROUP),
            post("/api/v1/meetings/{meetingId}/agenda", MANAGERS, json("{\"title\": \"Any other business\"}")),
            get("/api/v1/meetings/{meetingId}/attendance", GROUP),
            put("/api/v1/meetings/{meetingId}/attendance/{memberId}", MANAGERS, json("{\"status\": \"REMOTE\"}")),
            get("/api/v1/meetings/{meetingId}/minutes", GROUP),
            put("/api/v1/meetings/{meetingId}/minutes", MANAGERS, json("{\"body\": \"We met again.\"}")),
            post(
                    "/api/v1/meetings/{meetingId}/minutes/approvals",
                    only(CHAIR_A),
                    json("{\"sideId\": {sideA}, \"revision\": 1}")),
            // actions and outcomes
            get("/api/v1/groups/{groupId}/actions", GROUP),
            post(
                    "/api/v1/actions",
                    MANAGERS,
                    json("{\"ownerMemberId\": {memberId}, \"title\": \"Follow up\", \"dueDate\": \"2026-11-01\"}")),
            get("/api/v1/actions/{actionId}/reports", GROUP),
            post(
                    "/api/v1/actions/{actionId}/reports",
                    only(ADMIN, SECRETARIAT, CHAIR_A, CHAIR_B, EXPERT_A),
                    json("{\"status\": \"IN_PROGRESS\", \"note\": \"started\"}")),
            get("/api/v1/groups/{groupId}/outcomes", GROUP),
            post(
                    "/api/v1/groups/{groupId}/outcomes",
                    MANAGERS,
                    json("{\"meetingId\": {meetingId}, \"text\": \"Agreed\"}")),
            get("/api/v1/outcomes/{outcomeId}/reports", GROUP),
            post(
                    "/api/v1/outcomes/{outcomeId}/reports",
                    only(SECRETARIAT, CHAIR_A),
                    json("{\"sideId\": {sideA}, \"status\": \"IN_PROGRESS\"}")),
            // proposals
            get("/api/v1/groups/{groupId}/proposals", GROUP),
            post("/api/v1/groups/{groupId}/proposals", MEMBERS, json("{\"title\": \"New proposal\", " + TEXTS + "}")),
            get("/api/v1/proposals/{proposalId}", GROUP),
            post("/api/v1/proposals/{proposalId}/versions", MANAGERS, json("{" + TEXTS + "}")),
            get("/api/v1/proposals/{proposalId}/versions/{version}", GROUP),
            post("/api/v1/proposals/{proposalId}/submission", MANAGERS, RequestBody.NONE),
            post("/api/v1/proposals/{proposalId}/withdrawal", MANAGERS, json("{\"reason\": \"superseded\"}"))
                    .target("proposalId", "withdrawable"),
            post(
                    "/api/v1/proposals/{proposalId}/endorsements",
                    only(CHAIR_A),
                    json("{\"sideId\": {sideA}, \"version\": 1}")),
            post(
                    "/api/v1/proposals/{proposalId}/rejections",
                    only(CHAIR_A),
                    json("{\"sideId\": {sideA}, \"version\": 1, \"reason\": \"no\"}")),
            get("/api/v1/proposals/{proposalId}/comments", GROUP),
            post("/api/v1/proposals/{proposalId}/comments", MEMBERS, json("{\"body\": \"Agreed.\"}")),
            // channels and messages
            get("/api/v1/groups/{groupId}/channels", GROUP),
            post(
                    "/api/v1/groups/{groupId}/channels",
                    MANAGERS,
                    json("{\"name\": \"New\", \"sideIds\": [{sideA}, {sideB}]}")),
            post("/api/v1/channels/{channelId}/archival", MANAGERS, RequestBody.NONE)
                    .target("channelId", "archivable"),
            get("/api/v1/channels/{channelId}/messages", MEMBERS),
            post(
                    "/api/v1/channels/{channelId}/messages",
                    SIDE_A,
                    json("{\"senderSideId\": {sideA}, \"priority\": \"NORMAL\", \"subject\": \"s\", \"body\": \"b\"}")),
            post("/api/v1/messages/{messageId}/acknowledgements", SIDE_B, json("{\"sideId\": {sideB}}")),
            post(
                            "/api/v1/messages/{messageId}/archival",
                            only(SECRETARIAT, CHAIR_A, CHAIR_B, EXPERT_A),
                            RequestBody.NONE)
                    .target("messageId", "archivableMessage"),
            get("/api/v1/groups/{groupId}/messages", GROUP).query("text=Hello"),
            // policy updates
            get("/api/v1/groups/{groupId}/policy-updates", GROUP),
            post("/api/v1/groups/{groupId}/policy-updates", MEMBERS, json(POLICY_UPDATE)),
            get("/api/v1/groups/{groupId}/policy-updates.atom", GROUP),
            get("/api/v1/policy-updates/{updateId}", GROUP),
            // the side that posted an update corrects and withdraws it
            put("/api/v1/policy-updates/{updateId}", SIDE_A, json(POLICY_UPDATE)),
            get("/api/v1/policy-updates/{updateId}/attachments", GROUP),
            post("/api/v1/policy-updates/{updateId}/attachments", SIDE_A, json("{\"documentId\": {documentId}}")),
            delete("/api/v1/policy-updates/{updateId}/attachments/{documentId}", SIDE_A),
            post("/api/v1/policy-updates/{updateId}/withdrawal", SIDE_A, json("{\"reason\": \"superseded\"}"))
                    .target("updateId", "updateToWithdraw"),
            post(
                    "/api/v1/agenda-items/{agendaItemId}/policy-updates",
                    only(ADMIN, SECRETARIAT, CHAIR_A, CHAIR_B, EXPERT_A),
                    json("{\"updateId\": {updateId}}")),
            delete(
                            "/api/v1/agenda-items/{agendaItemId}/policy-updates/{updateId}",
                            only(ADMIN, SECRETARIAT, CHAIR_A, CHAIR_B, EXPERT_A))
                    .mayBeGone(),
            get("/api/v1/meetings/{meetingId}/policy-updates", GROUP),
            // audit and the API description
            get("/api/v1/audit/verification", only(ADMIN)),
            get("/api/v1/audit/events", only(ADMIN)),
            get("/api/v1/openapi.yaml", ANYONE),
            // documents and releases
            get("/api/v1/groups/{groupId}/documents", GROUP),
            post(
                    "/api/v1/groups/{groupId}/documents",
                    SIDE_A_DOCUMENTS,
                    json("{\"title\": \"Notes\", \"ownerSideId\": {sideA}, \"visibility\": \"JOINT\"}")),
            get("/api/v1/documents/{documentId}", GROUP),
            post("/api/v1/documents/{documentId}/deletion", SIDE_A_DOCUMENTS, json("{\"reason\": \"duplicate\"}"))
                    .target("documentId", "deletable")
                    .mayBeGone(),
            get("/api/v1/documents/{documentId}/versions", GROUP),
            post("/api/v1/documents/{documentId}/versions", SIDE_A_DOCUMENTS, file("text/plain", "notes"))
                    .query("fileName=notes.txt&language=en"),
            get("/api/v1/versions/{versionId}", GROUP),
            put("/api/v1/versions/{versionId}/classification", only(OFFICER, EXPERT_A), json(CLASSIFICATION)),
            post("/api/v1/versions/{versionId}/releases", SIDE_A_DOCUMENTS, json(RELEASE)),
            // the uploader, and those a release was delivered to
            get("/api/v1/versions/{versionId}/content", only(EXPERT_A, EXPERT_B)),
            // compliance, calendars, notifications
            get("/api/v1/groups/{groupId}/compliance", only(OFFICER)),
            get("/api/v1/groups/{groupId}/ledger", OFFICERS),
            get("/api/v1/groups/{groupId}/ledger.csv", OFFICERS),
            get("/api/v1/groups/{groupId}/ledger.pdf", OFFICERS),
            put(
                    "/api/v1/groups/{groupId}/organisation-owners",
                    only(OFFICER),
                    json("{\"organisation\": \"Org of EXPERT_B\", \"owners\": []}")),
            get("/api/v1/groups/{groupId}/calendar.ics", GROUP),
            // a member's own calendar: that member and administrators
            get("/api/v1/members/{memberId}/calendar.ics", only(ADMIN, EXPERT_A)),
            // a member's secret calendar link: only that member makes or ends it; calendar apps, which
            // cannot sign in, read the calendar with the link's key alone
            post("/api/v1/members/{memberId}/calendar-link", only(EXPERT_A), RequestBody.NONE),
            delete("/api/v1/members/{memberId}/calendar-link", only(EXPERT_A)),
            get("/calendar/{file}", ANYONE).target("file", "calendarFile"),
            get("/api/v1/meetings/{meetingId}/pack.pdf", GROUP),
            get("/api/v1/notifications", SIGNED_IN),
            post("/api/v1/notifications/{notificationId}/read", only(EXPERT_A), RequestBody.NONE),
            get("/api/v1/notification-preferences", SIGNED_IN),
            put("/api/v1/notification-preferences/{kind}", SIGNED_IN, json("{\"byEmail\": false, \"inApp\": true}")),
            // screening, list digests, decisions
            post("/api/v1/screen", SIGNED_IN, json("{\"name\": \"Huawei\"}")),
            get("/api/v1/lists/snapshots", SIGNED_IN),
            get("/api/v1/lists/digest", SIGNED_IN).mayBeGone(),
            get("/api/v1/lists/snapshots/{snapshotId}/digest", SIGNED_IN).mayBeGone(),
            get("/api/v1/groups/{groupId}/list-digest", GROUP).mayBeGone(),
            post("/api/v1/decide", SIGNED_IN, json("{}")),
            // pages
            get("/sign-in", ANYONE),
            post("/sign-in", ANYONE, form("email", "admin@example.org", "password", "admin password 1", "next", "/")),
            post("/sign-out", SIGNED_IN, form()),
            get("/language/{tag}", ANYONE),
            get("/preferences", SIGNED_IN),
            post("/preferences", SIGNED_IN, form("language", "en", "timeZone", "UTC")),
            get("/admin/users", only(ADMIN)),
            post(
                    "/admin/users",
                    only(ADMIN),
                    form("email", "page@example.org", "displayName", "Page", "password", "a long password")),
            get("/", SIGNED_IN),
            get("/groups/new", only(ADMIN)),
            post(
                    "/groups",
                    only(ADMIN),
                    form(
                            "name",
                            "Page WG",
                            "charter",
                            "c",
                            "sideName0",
                            "A",
                            "sideCap0",
                            "2",
                            "sideName1",
                            "B",
                            "sideCap1",
                            "2")),
            get("/groups/{groupId}", GROUP),
            post("/groups/{groupId}/members", SIDE_A_MANAGERS, form(MEMBER_FORM)),
            // the viewer's own calendar link, so only those with a seat in the group
            post("/groups/{groupId}/calendar-link", MEMBERS, form()),
            // document pages: as the API allows, except that a version uploaded here comes with its
            // classification, so only those who may also classify it (its creator, the officer) add one
            post(
                    "/groups/{groupId}/documents",
                    SIDE_A_DOCUMENTS,
                    UPLOAD_FORM
                            .and("title", "Page notes", "ownerSideId", "{sideA}", "visibility", "JOINT")
                            .withFile("notes.txt", "text/plain", "notes")),
            get("/documents/{documentId}", GROUP),
            post(
                            "/documents/{documentId}/versions",
                            only(EXPERT_A, OFFICER),
                            UPLOAD_FORM.withFile("v2.txt", "text/plain", "v2"))
                    .target("documentId", "revisable"),
            post("/versions/{versionId}/classification", only(OFFICER, EXPERT_A), CLASSIFICATION_FORM),
            post("/versions/{versionId}/preview", SIDE_A_DOCUMENTS, RELEASE_FORM),
            post("/versions/{versionId}/releases", SIDE_A_DOCUMENTS, RELEASE_FORM),
            post("/groups/{groupId}/series", MANAGERS, form(SERIES_FORM)),
            // the group page's forms: as the API allows
            post(
                    "/groups/{groupId}/proposals",
                    MEMBERS,
                    form("title", "Page proposal", "texts.en", "Drafted on the page.", "authoritativeLanguage", "en")),
            post(
                    "/groups/{groupId}/channels",
                    MANAGERS,
                    form("name", "Page channel", "sideIds", "{sideA}", "sideIds", "{sideB}")),
            post("/groups/{groupId}/goals", MANAGERS, form("title", "Page goal", "description", "d")),
            post("/groups/{groupId}/milestones", MANAGERS, form("title", "Page milestone", "dueDate", "2026-12-01")),
            post("/groups/{groupId}/milestones/{milestoneId}/status", MANAGERS, form("status", "IN_PROGRESS")),
            get("/meetings/{meetingId}", GROUP),
            post("/meetings/{meetingId}/minutes", MANAGERS, form("body", "We met once more.")),
            post("/meetings/{meetingId}/minutes/approval", only(CHAIR_A), form("sideId", "{sideA}", "revision", "1")),
            // the meeting page's forms: as the API allows
            post("/meetings/{meetingId}/agenda", MANAGERS, form("title", "Page item")),
            post("/meetings/{meetingId}/attendance", MANAGERS, form("memberId", "{memberId}", "status", "REMOTE")),
            post(
                    "/meetings/{meetingId}/actions",
                    MANAGERS,
                    form("title", "Page action", "ownerMemberId", "{memberId}", "dueDate", "2026-11-01")),
            post(
                    "/meetings/{meetingId}/actions/{actionId}/status",
                    only(ADMIN, SECRETARIAT, CHAIR_A, CHAIR_B, EXPERT_A),
                    form("status", "IN_PROGRESS", "note", "started")),
            get("/proposals/{proposalId}", GROUP),
            post("/proposals/{proposalId}/endorsement", only(CHAIR_A), form("sideId", "{sideA}", "version", "1")),
            post(
                    "/proposals/{proposalId}/rejection",
                    only(CHAIR_A),
                    form("sideId", "{sideA}", "version", "1", "reason", "no")),
            post("/proposals/{proposalId}/comments", MEMBERS, form("body", "Fine.")),
            // the author and the group's managers write new versions (the fixture's author is CHAIR_A)
            post(
                    "/proposals/{proposalId}/versions",
                    MANAGERS,
                    form("texts.en", "Revised on the page.", "authoritativeLanguage", "en")),
            get("/channels/{channelId}", MEMBERS),
            post(
                    "/channels/{channelId}/messages",
                    SIDE_A,
                    form("senderSideId", "{sideA}", "priority", "NORMAL", "subject", "s", "body", "b")),
            post("/channels/{channelId}/messages/{messageId}/acknowledgement", SIDE_B, form("sideId", "{sideB}")),
            get("/compliance", SIGNED_IN),
            post(
                    "/reviews/{reviewId}/decision",
                    only(OFFICER),
                    form("decision", "dismiss", "reason", "different person")),
            // policy updates: the group's members post them (so only they get the form), the posting side
            // corrects and withdraws them
            get("/groups/{groupId}/policy-updates", GROUP),
            get("/groups/{groupId}/policy-updates/new", MEMBERS),
            post("/groups/{groupId}/policy-updates", MEMBERS, POLICY_FORM),
            get("/policy-updates/{updateId}/edit", SIDE_A),
            post("/policy-updates/{updateId}", SIDE_A, POLICY_FORM),
            post("/policy-updates/{updateId}/withdraw", SIDE_A, form("reason", "superseded"))
                    .target("updateId", "pageUpdateToWithdraw"),
            // the list digests: the lists are public, so every signed-in user reads them
            get("/lists/digests", SIGNED_IN),
            get("/lists/digests/{snapshotId}", SIGNED_IN).mayBeGone());
}
