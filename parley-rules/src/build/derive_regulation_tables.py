#!/usr/bin/env python3
"""Derives the reduced regulation tables that parley-rules ships from the checked eCFR extracts.

Usage: python3 parley-rules/src/build/derive_regulation_tables.py ../shared/data/ear \
           parley-rules/src/main/resources/org/parley/rules/regulation

Input: country-chart.json, country-groups.json and ccl.json (15 CFR Parts 738, 740 and 774 as
extracted from the eCFR issue of 2026-07-23 by seelpeed-debug/export-controls-agent-mcp, MIT).
Output: the same facts keyed by ISO 3166 alpha-2 codes (country-chart.json, country-groups.json)
and the licence-requirement rows of every ECCN reduced to (reason, scope, destination)
(eccn-controls.json). Rerun when a new eCFR issue is taken in; review the diff like code.
"""
import json
import re
import sys
from pathlib import Path

# Regulation spellings -> ISO 3166 alpha-2. Names not listed here are resolved by the English
# country names below (the subset of ISO 3166 the EAR tables use).
ISO_NAMES = {
    "Afghanistan": "AF", "Albania": "AL", "Algeria": "DZ", "Andorra": "AD", "Angola": "AO",
    "Antigua and Barbuda": "AG", "Argentina": "AR", "Armenia": "AM", "Aruba": "AW", "Australia": "AU",
    "Austria": "AT", "Azerbaijan": "AZ", "Bahamas, The": "BS", "The Bahamas": "BS", "Bahrain": "BH",
    "Bangladesh": "BD", "Barbados": "BB", "Belarus": "BY", "Belgium": "BE", "Belize": "BZ", "Benin": "BJ",
    "Bhutan": "BT", "Bolivia": "BO", "Bosnia and Herzegovina": "BA", "Bosnia & Herzegovina": "BA",
    "Botswana": "BW", "Brazil": "BR", "Brunei": "BN", "Bulgaria": "BG", "Burkina Faso": "BF", "Burma": "MM",
    "Burundi": "BI", "Cambodia": "KH", "Cameroon": "CM", "Canada": "CA", "Cape Verde": "CV",
    "Central African Republic": "CF", "Chad": "TD", "Chile": "CL", "China": "CN", "China (PRC)": "CN",
    "Colombia": "CO", "Comoros": "KM", "Congo (Democratic Republic of the)": "CD",
    "Congo (Democratic Republic of)": "CD", "Congo (Republic of the)": "CG", "Costa Rica": "CR",
    "Cote d'Ivoire": "CI", "Cote d'lvoire": "CI", "Croatia": "HR", "Cuba": "CU", "Curaçao": "CW",
    "Cyprus": "CY", "Czech Republic": "CZ", "Denmark": "DK", "Djibouti": "DJ", "Dominica": "DM",
    "Dominican Republic": "DO", "Ecuador": "EC", "Egypt": "EG", "El Salvador": "SV", "Equatorial Guinea": "GQ",
    "Eritrea": "ER", "Estonia": "EE", "Eswatini": "SZ", "Ethiopia": "ET", "Fiji": "FJ", "Finland": "FI",
    "France": "FR", "Gabon": "GA", "Gambia, The": "GM", "Georgia": "GE", "Germany": "DE", "Ghana": "GH",
    "Greece": "GR", "Grenada": "GD", "Guatemala": "GT", "Guinea": "GN", "Guinea-Bissau": "GW", "Guyana": "GY",
    "Haiti": "HT", "Honduras": "HN", "Hungary": "HU", "Iceland": "IS", "India": "IN", "Indonesia": "ID",
    "Iran": "IR", "Iraq": "IQ", "Ireland": "IE", "Israel": "IL", "Italy": "IT", "Jamaica": "JM", "Japan": "JP",
    "Jordan": "JO", "Kazakhstan": "KZ", "Kenya": "KE", "Kiribati": "KI", "Korea, North": "KP",
    "Korea, South": "KR", "Kosovo": "XK", "Kuwait": "KW", "Kyrgyzstan": "KG", "Laos": "LA", "Latvia": "LV",
    "Lebanon": "LB", "Lesotho": "LS", "Liberia": "LR", "Libya": "LY", "Liechtenstein": "LI", "Lithuania": "LT",
    "Luxembourg": "LU", "Macau": "MO", "Madagascar": "MG", "Malawi": "MW", "Malaysia": "MY", "Maldives": "MV",
    "Mali": "ML", "Malta": "MT", "Marshall Islands": "MH", "Mauritania": "MR", "Mauritius": "MU", "Mexico": "MX",
    "Micronesia (Federated State of)": "FM", "Micronesia, Federated States of": "FM", "Moldova": "MD",
    "Monaco": "MC", "Mongolia": "MN", "Montenegro": "ME", "Morocco": "MA", "Mozambique": "MZ", "Namibia": "NA",
    "Nauru": "NR", "Nepal": "NP", "Netherlands": "NL", "New Zealand": "NZ", "Nicaragua": "NI", "Niger": "NE",
    "Nigeria": "NG", "North Macedonia": "MK", "Norway": "NO", "Oman": "OM", "Pakistan": "PK", "Palau": "PW",
    "Panama": "PA", "Papua New Guinea": "PG", "Paraguay": "PY", "Peru": "PE", "Philippines": "PH",
    "Poland": "PL", "Portugal": "PT", "Qatar": "QA", "Romania": "RO", "Russia": "RU", "Rwanda": "RW",
    "Samoa": "WS", "San Marino": "SM", "Sao Tome and Principe": "ST", "Sao Tome & Principe": "ST",
    "Saudi Arabia": "SA", "Senegal": "SN", "Serbia": "RS", "Seycheles": "SC", "Seychelles": "SC",
    "Sierra Leone": "SL", "Singapore": "SG",
    "Sint Maarten (the Dutch two-fifths of the island of Saint Martin)": "SX", "Slovakia": "SK",
    "Slovenia": "SI", "Solomon Islands": "SB", "Somalia": "SO", "South Africa": "ZA",
    "South Sudan, Republic of": "SS", "Spain": "ES", "Sri Lanka": "LK", "St. Kitts and Nevis": "KN",
    "Saint Kitts & Nevis": "KN", "St. Lucia": "LC", "Saint Lucia": "LC", "St. Vincent and the Grenadines": "VC",
    "Saint Vincent and the Grenadines": "VC", "Sudan": "SD", "Suriname": "SR", "Sweden": "SE",
    "Switzerland": "CH", "Syria": "SY", "Taiwan": "TW", "Tajikistan": "TJ", "Tanzania": "TZ", "Thailand": "TH",
    "Timor-Leste": "TL", "Togo": "TG", "Tonga": "TO", "Trinidad and Tobago": "TT", "Trinidad & Tobago": "TT",
    "Tunisia": "TN", "Turkmenistan": "TM", "Tuvalu": "TV", "Türkiye": "TR", "Uganda": "UG", "Ukraine": "UA",
    "United Arab Emirates": "AE", "United Kingdom": "GB", "United States": "US", "Uruguay": "UY",
    "Uzbekistan": "UZ", "Vanuatu": "VU", "Vatican City": "VA", "Venezuela": "VE", "Vietnam": "VN",
    "Western Sahara": "EH", "Yemen": "YE", "Zambia": "ZM", "Zimbabwe": "ZW",
}

ECCN = r"[0-9][A-E][0-9]{3}"


def iso(name):
    if name not in ISO_NAMES:
        sys.exit(f"no ISO code for regulation country name {name!r}: add it to ISO_NAMES")
    return ISO_NAMES[name]


def provenance(doc, reduced_to):
    return {
        "citation": doc["citation"],
        "source": doc["source"]["url"],
        "ecfrIssueDate": doc["ecfrIssueDate"],
        "extractedBy": "seelpeed-debug/export-controls-agent-mcp (MIT), retrieved " + doc["retrievedAt"],
        "derivedBy": "parley-rules/src/build/derive_regulation_tables.py",
        "reducedTo": reduced_to,
    }


def country_chart(doc):
    countries = {iso(name): sorted(m.replace(" ", "") for m in row["marks"]) for name, row in doc["countries"].items()}
    # Hong Kong has no row of its own since 85 FR 83788: it is governed by the China row.
    countries["HK"] = countries["CN"]
    countries["LI"] = countries[iso("Switzerland")]
    return {
        **provenance(doc, "marks per destination (ISO alpha-2), columns written without spaces (NS1)"),
        "columns": [c.replace(" ", "") for c in doc["columns"]],
        "embargoed": sorted(iso(name) for name in doc["embargoed"]),
        "territories": {"HK": "CN", "LI": "CH"},
        "countries": dict(sorted(countries.items())),
    }


def country_groups(doc):
    by_country = {}
    for group, names in doc["groups"].items():
        for name in names:
            by_country.setdefault(iso(name), []).append(group)
    by_country["HK"] = by_country["CN"]
    return {
        **provenance(doc, "groups per destination (ISO alpha-2); Hong Kong follows China (85 FR 83788)"),
        "countries": dict(sorted((k, sorted(v)) for k, v in by_country.items())),
    }


PARAGRAPH = r"(?<![A-Za-z0-9])\.?[a-z](?:\.[0-9a-z]+)+|\.[a-z](?![A-Za-z0-9])"


def paragraphs(text):
    """'.x and .y' / 'z.1.a, z.2.a' -> ['x', 'y'] / ['z.1.a', 'z.2.a'] (never letters of words)"""
    return [token.lstrip(".") for token in re.findall(PARAGRAPH, re.sub(ECCN, "", text))]


def scope(eccn, control):
    body = re.sub(r"^\s*[A-Za-z ]+?\s+appl(?:y|ies)\s+(?:to\s+)?", "", control).strip().rstrip(".")
    if re.fullmatch(r"(the )?entire entry", body):
        return {"kind": "all"}
    m = re.fullmatch(r"(?:the )?entire entry,? except:? (?:for )?(" + ECCN + r")?([\s,.a-z0-9]*(?:and [\s,.a-z0-9]*)?)", body)
    if m and (m.group(1) in (None, eccn)):
        return {"kind": "except", "paragraphs": paragraphs(m.group(2))}
    m = re.fullmatch(r"(?:paragraphs?\s+|" + re.escape(eccn) + r"\s?)((?:\.?[a-z0-9]+)+(?:(?:,| and| or|, and)\s*\.?[a-z0-9.]+)*)(?: only| of this entry)?", body)
    if m:
        return {"kind": "paragraphs", "paragraphs": paragraphs("." + m.group(1).lstrip("."))}
    m = re.fullmatch(r"(?:items|“software”|“technology”|software|technology)? ?(?:controlled by|for)\s+(" + ECCN + r"(?:\.[a-z0-9.]+)?(?:(?:,| and| or|, and)\s*\.?[a-z0-9.]+)*)", body)
    if m:
        if m.group(1).startswith(eccn):
            return {"kind": "paragraphs", "paragraphs": paragraphs(m.group(1))}
        return {"kind": "for", "items": refs(m.group(1))}
    if re.search(r"for (?:items|commodities|equipment|“software”|software|“technology”)", body) or re.match(r"“(?:technology|software)”", body):
        found = refs(body)
        if found:
            return {"kind": "for", "items": found}
    m = re.match(re.escape(eccn) + r"((?:\.[a-z0-9]+)+)(?:,| only| except)", body)
    if m:
        return {"kind": "paragraphs", "paragraphs": paragraphs(m.group(1))}
    return {"kind": "text"}


def refs(text):
    """ECCN references with their paragraphs: '3A001, 3A101' / '5A002.z.1.a, z.2.a' -> ['3A001','3A101'] / ['5A002.z.1.a','5A002.z.2.a']"""
    found, current = [], None
    for token in re.findall(ECCN + r"(?:\.[a-z0-9]+)*|" + PARAGRAPH, text):
        head = re.match(ECCN, token)
        if head:
            current = head.group(0)
            found.append(token)
        elif current:
            found.append(current + "." + token.lstrip("."))
    return sorted(set(found), key=found.index)


def destination(text):
    t = text.strip()
    m = re.match(r"^(NS|MT|NP|CB|RS|FC|CC|AT)\s+Column\s+(\d)", t)
    if m:
        return {"kind": "column", "column": m.group(1) + m.group(2)}
    if t.startswith("Refer to § 742.15"):
        return {"kind": "allExcept", "countries": ["CA"], "citation": "15 CFR 742.15"}
    if re.match(r"A license is required for ALL destinations, except Canada", t):
        return {"kind": "allExcept", "countries": ["CA"], "citation": "15 CFR 742.6(a)(1)"}
    if re.match(r"(To or within any destination worldwide|Worldwide control|A license is required for all destinations)", t):
        cite = re.search(r"§ ?(7\d\d\.\d+(?:\([0-9a-z]+\))*)", t)
        return {"kind": "allExcept", "countries": [], "citation": "15 CFR " + cite.group(1) if cite else "15 CFR 742"}
    m = re.match(r"To or within the United Arab Emirates or destinations specified in Country Groups D:1, D:4, and D:5.*excluding any destination also specified in Country Groups A:5 or A:6", t)
    if m:
        return {"kind": "groups", "groups": ["D:1", "D:4", "D:5"], "countries": ["AE"], "excludeGroups": ["A:5", "A:6"], "citation": "15 CFR 742.6(a)(6)(iii)(B)"}
    if re.match(r"To or within Macau or a destination specified in Country Group D:5", t):
        return {"kind": "groups", "groups": ["D:5"], "countries": ["MO"], "excludeGroups": [], "citation": "15 CFR 742.6(a)(6)(i)"}
    if re.match(r"China, Russia, or Venezuela", t):
        return {"kind": "countries", "countries": ["CN", "HK", "RU", "VE"], "citation": "15 CFR 742.6(a)(7)"}
    m = re.match(r"A license is required for items controlled by this entry to North Korea", t)
    if m:
        return {"kind": "countries", "countries": ["KP"], "citation": "15 CFR 742.19"}
    return {"kind": "referral", "text": t}


def eccn_controls(doc):
    entries = {}
    for entry in doc["entries"]:
        controls = []
        for row in entry["countryChart"]:
            reason = re.match(r"\s*([A-Za-z]+)", row["control"]).group(1)
            if reason == "Russian":
                reason = "RS-746.5"
            controls.append({
                "reason": reason,
                "scope": scope(entry["eccn"], row["control"]),
                "destination": destination(row["countryChart"]),
                "text": row["control"],
            })
        entries[entry["eccn"]] = {"heading": entry["heading"][:160], "controls": controls}
    return {
        **provenance(doc, "per ECCN: heading (first 160 characters) and each licence-requirement row as reason, scope and destination"),
        "entries": entries,
    }


def main(source, target):
    source, target = Path(source), Path(target)
    read = lambda name: json.loads((source / name).read_text(encoding="utf-8"))
    outputs = {
        "country-chart.json": country_chart(read("country-chart.json")),
        "country-groups.json": country_groups(read("country-groups.json")),
        "eccn-controls.json": eccn_controls(read("ccl.json")),
    }
    for name, content in outputs.items():
        (target / name).write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
