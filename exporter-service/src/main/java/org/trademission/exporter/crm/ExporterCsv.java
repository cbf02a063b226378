package org.trademission.exporter.crm;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trademission.exporter.company.Contact;
import org.trademission.exporter.company.ExporterRequest;
import org.trademission.platform.problem.ProblemException;

/**
 * Reads exporters from CSV with a header line. Columns (any order, case-insensitive): legalName, displayName, inn,
 * ogrn, city, website, languages, description, certifications, crmId, contactName, contactEmail, contactPhone.
 * Lists (languages, certifications) are separated by {@code ;}.
 */
final class ExporterCsv {
    static final Set<String> COLUMNS = Set.of("legalname", "displayname", "inn", "ogrn", "city", "website",
            "languages", "description", "certifications", "crmid", "contactname", "contactemail", "contactphone");

    private ExporterCsv() {
    }

    static List<ExporterRequest> read(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = new TreeMap<>();
            for (String header : parser.getHeaderNames()) {
                String key = header.trim().toLowerCase();
                if (!COLUMNS.contains(key)) {
                    throw ProblemException.invalid("header", "unknown column '" + header + "'; expected " + COLUMNS);
                }
                columns.put(key, header);
            }
            if (!columns.containsKey("inn")) {
                throw ProblemException.invalid("header", "the column 'inn' is required");
            }
            List<ExporterRequest> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(row(record, columns));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid("body", "not a readable CSV file: " + e.getMessage());
        }
    }

    private static ExporterRequest row(CSVRecord record, Map<String, String> columns) {
        String contactName = value(record, columns, "contactname");
        List<Contact> contacts = contactName == null ? List.of()
                : List.of(new Contact(contactName, value(record, columns, "contactemail"),
                        value(record, columns, "contactphone")));
        return new ExporterRequest(value(record, columns, "legalname"), value(record, columns, "displayname"),
                value(record, columns, "inn"), value(record, columns, "ogrn"), value(record, columns, "city"),
                value(record, columns, "website"), list(value(record, columns, "languages")),
                value(record, columns, "description"), list(value(record, columns, "certifications")), contacts,
                value(record, columns, "crmid"));
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
