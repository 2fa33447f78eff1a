package org.parley.web.policy;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parley.core.groups.Group;
import org.parley.core.policy.PolicyText;
import org.parley.core.policy.PolicyUpdate;

/**
 * Writes a group's policy updates as an Atom feed (RFC 4287): one entry per update, titled in the
 * authoritative language, the other languages in the content, jurisdiction, issuer, instrument type
 * and tags as categories. Thread-safe (stateless).
 */
final class AtomFeed {

    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern FORBIDDEN_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private AtomFeed() {}

    /**
     * @param sideNames side names by id, to name each entry's author
     * @param baseUrl scheme, host and port of this node, e.g. {@code https://parley.example.org}
     * @param updated when the feed last changed: the newest posting, or now for an empty feed
     */
    static String write(
            String baseUrl, Group group, Map<Long, String> sideNames, List<PolicyUpdate> updates, Instant updated) {
        long groupId = group.id();
        var text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            String self = baseUrl + "/api/v1/groups/" + groupId + "/policy-updates";
            element(xml, "id", self + ".atom");
            element(xml, "title", "Policy updates: " + group.name());
            element(xml, "updated", timestamp(updated));
            link(xml, "self", self + ".atom", "application/atom+xml");
            for (PolicyUpdate update : updates) {
                entry(xml, baseUrl, update, sideNames.getOrDefault(update.sideId(), "side " + update.sideId()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return text.toString();
    }

    private static void entry(XMLStreamWriter xml, String baseUrl, PolicyUpdate update, String side)
            throws XMLStreamException {
        String url = baseUrl + "/api/v1/policy-updates/" + update.id();
        PolicyText authoritative = update.authoritativeText();
        xml.writeStartElement(ATOM, "entry");
        element(xml, "id", url);
        xml.writeStartElement(ATOM, "title");
        xml.writeAttribute("xml", XML, "lang", update.authoritativeLanguage());
        characters(xml, (update.withdrawn() ? "[Withdrawn] " : "") + authoritative.title());
        xml.writeEndElement();
        element(xml, "published", timestamp(update.postedAt()));
        element(xml, "updated", timestamp(lastChange(update)));
        xml.writeStartElement(ATOM, "author");
        element(xml, "name", side);
        xml.writeEndElement();
        link(xml, "related", url, "application/json");
        if (update.sourceUrl() != null) {
            link(xml, "alternate", update.sourceUrl(), null);
        }
        category(xml, "jurisdiction:" + update.jurisdiction());
        category(xml, "issuer:" + update.issuingBody());
        category(xml, "instrument:" + update.instrumentType());
        for (String tag : update.tags()) {
            category(xml, tag);
        }
        if (authoritative.summary() != null) {
            xml.writeStartElement(ATOM, "summary");
            xml.writeAttribute("xml", XML, "lang", update.authoritativeLanguage());
            characters(xml, authoritative.summary());
            xml.writeEndElement();
        }
        element(xml, "content", content(update));
        xml.writeEndElement();
    }

    /** Every language's title and summary, then the citation and dates, as plain text. */
    private static String content(PolicyUpdate update) {
        var content = new StringBuilder();
        for (Map.Entry<String, PolicyText> text : update.texts().entrySet()) {
            String marker = text.getKey().equals(update.authoritativeLanguage()) ? " (authoritative)" : "";
            content.append('[')
                    .append(text.getKey())
                    .append(marker)
                    .append("] ")
                    .append(text.getValue().title());
            if (text.getValue().summary() != null) {
                content.append("\n").append(text.getValue().summary());
            }
            content.append("\n\n");
        }
        content.append("Published ").append(update.publishedOn());
        if (update.effectiveOn() != null) {
            content.append(", effective ").append(update.effectiveOn());
        }
        if (update.citation() != null) {
            content.append(". ").append(update.citation());
        }
        return content.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        characters(xml, value);
        xml.writeEndElement();
    }

    /** Text without the control characters XML 1.0 forbids (the writer escapes markup itself). */
    private static void characters(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeCharacters(FORBIDDEN_IN_XML.matcher(value).replaceAll(""));
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
    }

    private static void category(XMLStreamWriter xml, String term) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("term", term);
    }

    /** When the update was posted, corrected or withdrawn, whichever came last. */
    static Instant lastChange(PolicyUpdate update) {
        Instant last = update.postedAt();
        for (Instant change : new Instant[] {update.editedAt(), update.withdrawnAt()}) {
            if (change != null && change.isAfter(last)) {
                last = change;
            }
        }
        return last;
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
