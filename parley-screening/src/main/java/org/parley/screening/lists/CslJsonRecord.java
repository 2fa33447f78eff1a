package org.parley.screening.lists;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One record of the CSL JSON download seen as a {@link CslRecord}. */
record CslJsonRecord(JsonNode node) implements CslRecord {
    private static final String SEPARATOR = "; ";

    @Override
    public String text(String field) {
        return scalar(node.get(field));
    }

    @Override
    public List<String> values(String field) {
        JsonNode value = node.get(field);
        var values = new ArrayList<String>();
        if (value != null && value.isArray()) {
            value.values().forEach(element -> add(values, scalar(element)));
        } else {
            values.addAll(TextSplitter.split(scalar(value), SEPARATOR));
        }
        return values;
    }

    @Override
    public List<Address> addresses() {
        JsonNode value = node.get("addresses");
        if (value == null || !value.isArray()) {
            return CslAddressText.parse(scalar(value));
        }
        var addresses = new ArrayList<Address>();
        for (JsonNode element : value.values()) {
            if (element.isObject()) {
                var address = new Address(
                        scalar(element.get("address")),
                        scalar(element.get("city")),
                        scalar(element.get("state")),
                        scalar(element.get("postal_code")),
                        Countries.codeOrText(scalar(element.get("country"))));
                if (!address.oneLine().isEmpty()) {
                    addresses.add(address);
                }
            } else {
                addresses.addAll(CslAddressText.parse(scalar(element)));
            }
        }
        return addresses;
    }

    /** A string, number or boolean as trimmed text; null for null, blank, objects and arrays. */
    private static String scalar(JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }

    private static void add(List<String> values, String value) {
        if (value != null && !value.isEmpty()) {
            values.add(value);
        }
    }
}
