package org.trademission.matching.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The mission report as CSV (commons-csv, RFC 4180): one row for the mission, then one per exporter and per buyer.
 * Every text cell is neutralised against formula injection: a cell a spreadsheet would read as a formula (starting
 * with =, +, -, @, tab or carriage return) gets a leading apostrophe.
 */
final class ReportCsv {
    static final List<String> HEADER = List.of("scope", "id", "name", "meetingsScheduled", "meetingsHeld", "leads",
            "contractsSigned", "noShows", "noShowRate", "pipelineValue");

    private ReportCsv() {
    }

    static String render(MissionReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get())) {
            csv.printRecord("MISSION", report.missionId(), text(report.title()), report.meetingsScheduled(),
                    report.meetingsHeld(), report.leads(), report.contractsSigned(), report.noShows(),
                    report.noShowRate(), text(ReportService.money(report.pipelineValue())));
            for (MissionReport.Row row : report.byExporter()) {
                print(csv, "EXPORTER", row);
            }
            for (MissionReport.Row row : report.byBuyer()) {
                print(csv, "BUYER", row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter csv, String scope, MissionReport.Row row) throws IOException {
        csv.printRecord(scope, row.id(), text(row.name()), row.meetingsScheduled(), row.meetingsHeld(), row.leads(),
                row.contractsSigned(), row.noShows(), row.noShowRate(), text(ReportService.money(row.pipelineValue())));
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
