package org.parley.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST} with {@code
 * INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}). The data date is the root's {@code
 * dateGenerated}. DOCTYPE declarations are refused outright and DTDs and external entities are
 * disabled, so a hostile file can neither reach out nor expand entities. Thread-safe.
 */
public final class UnXmlReader {
    public static final String FORMAT = "UN-XML";
    static final String ROOT = "CONSOLIDATED_LIST";

    private UnXmlReader() {}

    public static ListSnapshot read(Path file) {
        return read(file, bytes -> {});
    }

    /** Reads {@code file}, reporting the bytes read so far to {@code progress}. */
    public static ListSnapshot read(Path file, LongConsumer progress) {
        var entries = new ArrayList<ListEntry>();
        LocalDate generated = null;
        try (InputStream in = ListInputs.open(file, progress)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                generated = readDocument(xml, file, entries);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line =
                    e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new ListFileException(file, line, "invalid XML: " + e.getMessage(), e);
        } catch (MissingResourceException e) {
            // The JDK's parser fails to word some fatal errors (e.g. a bad character in a DTD) and
            // throws this instead of an XMLStreamException; found by ListReaderFuzzTest.
            throw new ListFileException(file, 0, "invalid XML: " + e.getKey(), e);
        } catch (IOException e) {
            throw ListInputs.failure(file, 0, e);
        }
        var date = DataDates.resolve(file, generated);
        return ListSnapshot.of(
                entries,
                date,
                List.of(new ListSnapshot.SourceFile(FORMAT, ListInputs.fileName(file), date, entries.size())));
    }

    /** Reads every record into {@code entries}; returns the dateGenerated day (null when absent). */
    private static LocalDate readDocument(XMLStreamReader xml, Path file, List<ListEntry> entries)
            throws XMLStreamException {
        LocalDate generated = null;
        boolean rootSeen = false;
        while (xml.hasNext()) {
            int event = xml.next();
            long line = xml.getLocation().getLineNumber();
            if (event == XMLStreamConstants.DTD) {
                throw new ListFileException(file, line, "DOCTYPE declarations are not allowed in a list file");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (!rootSeen) {
                if (!name.equals(ROOT)) {
                    throw new ListFileException(file, line, "not a UN consolidated list: root element is " + name);
                }
                rootSeen = true;
                generated = dateGenerated(xml, file, line);
            } else if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                XmlNode record = XmlNode.read(xml);
                try {
                    entries.add(UnEntryMapper.toEntry(record));
                } catch (RecordException e) {
                    throw new ListFileException(file, line, e.getMessage());
                }
            }
        }
        if (!rootSeen) {
            throw new ListFileException(file, 0, "not a UN consolidated list: no " + ROOT + " element");
        }
        return generated;
    }

    private static LocalDate dateGenerated(XMLStreamReader xml, Path file, long line) {
        try {
            return DataDates.iso(xml.getAttributeValue(null, "dateGenerated"));
        } catch (RecordException e) {
            throw new ListFileException(file, line, "dateGenerated: " + e.getMessage());
        }
    }

    /** The JDK's own StAX implementation with DTD processing and external entities switched off. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
