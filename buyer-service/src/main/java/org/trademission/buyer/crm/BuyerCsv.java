package org.trademission.buyer.crm;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.trademission.buyer.company.BuyerRequest;
import org.trademission.buyer.company.CompanySize;
import org.trademission.platform.contact.Contact;
import org.trademission.platform.csv.CsvTable;
import org.trademission.platform.importing.BulkImporter;
import org.trademission.platform.importing.ImportRows;
import org.trademission.platform.problem.Violation;

/**
 * Reads buyers from CSV with a header line. Columns (any order, case-insensitive): legalName, displayName, country,
 * city, ice, taxId, website, languages (separated by {@code ;}), description, companySize, crmId, contactName,
 * contactEmail, contactPhone.
 */
final class BuyerCsv {
    static final Set<String> COLUMNS = Set.of("legalName", "displayName", "country", "city", "ice", "taxId",
            "website", "languages", "description", "companySize", "crmId", "contactName", "contactEmail",
            "contactPhone");

    private BuyerCsv() {
    }

    static ImportRows<BuyerRequest> read(Reader reader) {
        List<CsvTable.Row> rows = CsvTable.read(reader, COLUMNS, Set.of("description"), Set.of("country"),
                BulkImporter.MAX_ROWS);
        List<BuyerRequest> requests = new java.util.ArrayList<>(rows.size());
        List<List<Violation>> unreadable = new java.util.ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            List<Violation> violations = row.violations();
            CompanySize size = null;
            if (row.readable() && row.value("companySize") != null) {
                size = Arrays.stream(CompanySize.values()).filter(s -> s.name().equals(row.value("companySize")))
                        .findFirst().orElse(null);
                if (size == null) {
                    violations = List.of(new Violation("companySize", "must be one of MICRO, SMALL, MEDIUM, LARGE"));
                }
            }
            requests.add(violations.isEmpty() ? request(row, size) : null);
            unreadable.add(violations);
        }
        return new ImportRows<>(requests, unreadable);
    }

    private static BuyerRequest request(CsvTable.Row row, CompanySize size) {
        String contactName = row.value("contactName");
        List<Contact> contacts = contactName == null ? List.of()
                : List.of(new Contact(contactName, row.value("contactEmail"), row.value("contactPhone")));
        String country = row.value("country");
        return new BuyerRequest(row.value("legalName"), row.value("displayName"),
                country == null ? null : country.toUpperCase(java.util.Locale.ROOT), row.value("city"),
                row.value("ice"), row.value("taxId"), row.value("website"), list(row.value("languages")),
                row.value("description"), size, contacts, row.value("crmId"));
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
