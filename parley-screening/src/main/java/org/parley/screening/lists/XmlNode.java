package org.parley.screening.lists;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A small element tree of one list record, read from a StAX stream. Immutable. */
record XmlNode(String name, String text, List<XmlNode> children) {

    /** Reads the element the reader is on (at its START_ELEMENT) up to and including its end. */
    static XmlNode read(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getLocalName();
        var text = new StringBuilder();
        var children = new ArrayList<XmlNode>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(xml));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, text.toString().trim(), List.copyOf(children));
                }
                default -> {
                    // comments, processing instructions and whitespace carry no list data
                }
            }
        }
    }

    /** The children with the given element name, in document order. */
    List<XmlNode> all(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The text of the first child with that name; null when absent or blank. */
    String text(String childName) {
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                return child.text.isEmpty() ? null : child.text;
            }
        }
        return null;
    }
}
