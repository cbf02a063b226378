package org.trademission.exporter.crm;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.trademission.platform.contact.Contact;
import org.trademission.exporter.company.ExporterRequest;
import org.trademission.platform.csv.CsvTable;
import org.trademission.platform.importing.BulkImporter;
import org.trademission.platform.problem.Violation;

/**
 * Reads exporters from CSV with a header line. Columns (any order, case-insensitive): legalName, displayName, inn,
 * ogrn, city, website, languages, description, certifications, crmId, contactName, contactEmail, contactPhone.
 * Lists (languages, certifications) are separated by {@code ;}.
 */
final class ExporterCsv {
    static final Set<String> COLUMNS = Set.of("legalName", "displayName", "inn", "ogrn", "city", "website",
            "languages", "description", "certifications", "crmId", "contactName", "contactEmail", "contactPhone");

    private ExporterCsv() {
    }

    /** The rows in file order: {@code requests[i]} is null when row i + 1 could not be read ({@code unreadable[i]}). */
    record Rows(List<ExporterRequest> requests, List<List<Violation>> unreadable) {
    }

    static Rows read(Reader reader) {
        List<CsvTable.Row> rows = CsvTable.read(reader, COLUMNS, Set.of("description"), Set.of("inn"),
                BulkImporter.MAX_ROWS);
        return new Rows(rows.stream().map(row -> row.readable() ? request(row) : null).toList(),
                rows.stream().map(CsvTable.Row::violations).toList());
    }

    private static ExporterRequest request(CsvTable.Row row) {
        String contactName = row.value("contactName");
        List<Contact> contacts = contactName == null ? List.of()
                : List.of(new Contact(contactName, row.value("contactEmail"), row.value("contactPhone")));
        return new ExporterRequest(row.value("legalName"), row.value("displayName"), row.value("inn"),
                row.value("ogrn"), row.value("city"), row.value("website"), list(row.value("languages")),
                row.value("description"), list(row.value("certifications")), contacts, row.value("crmId"));
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
