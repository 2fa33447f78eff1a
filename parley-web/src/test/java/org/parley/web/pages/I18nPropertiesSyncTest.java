package org.parley.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.core.access.Role;
import org.parley.core.actions.ActionStatus;
import org.parley.core.actions.ImplementationStatus;
import org.parley.core.channels.Priority;
import org.parley.core.groups.MilestoneStatus;
import org.parley.core.meetings.AttendanceStatus;
import org.parley.core.meetings.MeetingStatus;
import org.parley.core.meetings.MinutesStatus;
import org.parley.core.members.MemberStatus;
import org.parley.core.members.ReviewStatus;
import org.parley.core.proposals.ProposalStatus;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.Knowledge;
import org.parley.rules.request.PublicStatus;
import org.parley.rules.request.Purpose;
import org.parley.rules.request.RecipientKind;
import org.parley.rules.request.UsStatus;
import org.parley.screening.lists.PartyType;

/**
 * The message bundles stay in step: every language has every key, no text is left empty or
 * untranslated, and every key the templates and page handlers name exists (the template side of
 * "no hard-coded text" is {@link TemplateTextTest}).
 */
class I18nPropertiesSyncTest {

    static final Path TEMPLATES = Path.of("src", "main", "jte");
    static final Path PAGES = Path.of("src", "main", "java", "org", "parley", "web", "pages");

    /** In templates, every string literal shaped like a key ({@code "group.roster"}, not a template name). */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9-]+)+)(?<!\\.jte)\"");

    /** In page handlers, the notices and titles they name ({@code "flash.memberAdded"}, {@code "group.title"}). */
    private static final Pattern HANDLER_KEY = Pattern.compile(
            "\"((?:flash|refused|error)\\.[A-Za-z0-9.-]+|[a-z]+(?:\\.[a-z]+)*\\.(?:title|pageTitle))(?<!\\.jte)\"");

    /** Texts that read the same in both languages (names of languages, placeholders only). */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "language.switchTo.en",
            "language.switchTo.zh",
            "group.title",
            "proposal.pageTitle",
            "channel.pageTitle",
            "meeting.pageTitle");

    @Test
    void everyLanguageHasEveryKeyAndNoEmptyText() {
        Properties english = bundle(Language.EN);
        for (Language language : Language.values()) {
            Properties texts = bundle(language);
            assertThat(texts.stringPropertyNames())
                    .as("keys of %s", language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            assertThat(texts.stringPropertyNames())
                    .as("empty texts in %s", language)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void chineseTextsAreTranslated() {
        Properties english = bundle(Language.EN);
        Properties chinese = bundle(Language.ZH);
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(key -> !SAME_IN_BOTH.contains(key))
                .filter(key -> !key.startsWith("format."))
                .filter(key -> english.getProperty(key).equals(chinese.getProperty(key)))
                .sorted()
                .toList();
        assertThat(untranslated)
                .as("Chinese texts identical to the English ones")
                .isEmpty();
    }

    @Test
    void everyKeyNamedByTemplatesAndHandlersExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(TEMPLATES), Files.walk(PAGES))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Pattern keys = file.toString().endsWith(".jte") ? TEMPLATE_KEY : HANDLER_KEY;
                Matcher key = keys.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (key.find()) {
                    used.add(key.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(100);
        for (Language language : Language.values()) {
            assertThat(bundle(language).stringPropertyNames())
                    .as("keys of %s", language)
                    .containsAll(used);
        }
    }

    @Test
    void everyValueShownThroughAComposedKeyHasItsText() {
        List<String> composed = new ArrayList<>();
        add(composed, "role.", Role.values());
        add(composed, "actionStatus.", ActionStatus.values());
        add(composed, "implementationStatus.", ImplementationStatus.values());
        add(composed, "priority.", Priority.values());
        add(composed, "milestoneStatus.", MilestoneStatus.values());
        add(composed, "attendanceStatus.", AttendanceStatus.values());
        add(composed, "meetingStatus.", MeetingStatus.values());
        add(composed, "minutesStatus.", MinutesStatus.values());
        add(composed, "memberStatus.", MemberStatus.values());
        add(composed, "reviewStatus.", ReviewStatus.values());
        add(composed, "proposalStatus.", ProposalStatus.values());
        add(composed, "partyType.", PartyType.values());
        add(composed, "decide.itemKind.", ItemKind.values());
        add(composed, "decide.publicStatus.", PublicStatus.values());
        add(composed, "decide.purpose.", Purpose.values());
        add(composed, "decide.recipientKind.", RecipientKind.values());
        add(composed, "decide.usStatus.", UsStatus.values());
        add(composed, "decide.knowledge.", Knowledge.values());
        for (String outcome :
                List.of("NOT_SUBJECT", "NO_LICENSE_REQUIRED", "AUTHORIZED", "LICENSE_REQUIRED", "PROHIBITED")) {
            composed.add("decide.outcome." + outcome);
        }
        for (Language language : Language.values()) {
            composed.add("language.name." + language.tag());
            composed.add("language.switchTo." + language.tag());
        }
        for (Language language : Language.values()) {
            assertThat(bundle(language).stringPropertyNames())
                    .as("keys of %s", language)
                    .containsAll(composed);
        }
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
    }

    static Properties bundle(Language language) {
        return Texts.load(String.format(Texts.BUNDLE, language.tag()));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
