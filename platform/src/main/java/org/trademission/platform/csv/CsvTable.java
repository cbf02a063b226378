package org.trademission.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.trademission.platform.importing.BulkImporter;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Quoted;
import org.trademission.platform.problem.Violation;
import org.trademission.platform.text.TextRule;

/**
 * A CSV file with a header line, read into rows of named values (column names any case and order). A row whose
 * values break the {@link TextRule} carries violations instead of values; a syntax error (e.g. a quote that is never
 * closed) ends the file with one rejected row, since nothing after it can be split into rows reliably.
 */
public final class CsvTable {
    private CsvTable() {
    }

    /** One data row: its values by column (the API's field name), or why it cannot be used. */
    public record Row(Map<String, String> values, List<Violation> violations) {
        public boolean readable() {
            return violations.isEmpty();
        }

        /** The value of a column (by its API name), or null when absent or blank. */
        public String value(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value;
        }
    }

    /**
     * @param columns the known column names as the API spells them (matched in any case); any other header is a 400
     * @param multiLine the columns whose values may span lines
     * @param required the columns the header must have
     * @param maxRows a file with more data rows is a 400, found while reading: its rows are never all held at once
     */
    public static List<Row> read(Reader reader, Set<String> columns, Set<String> multiLine, Set<String> required,
            int maxRows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw ProblemException.invalid("header", "the header line cannot be read: " + e.getMessage());
        }
        try (parser) {
            Map<String, String> known = new TreeMap<>();
            columns.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
            Map<String, String> headers = new TreeMap<>();
            for (String header : parser.getHeaderNames()) {
                String column = known.get(header.trim().toLowerCase(Locale.ROOT));
                if (column == null) {
                    throw ProblemException.invalid("header", "unknown column " + Quoted.of(header) + "; expected "
                            + new TreeSet<>(columns));
                }
                if (headers.put(column, header) != null) { // the parser would keep one of the two values
                    throw ProblemException.invalid("header", "the column " + Quoted.of(column) + " appears more than once");
                }
            }
            for (String column : required) {
                if (!headers.containsKey(column)) {
                    throw ProblemException.invalid("header", "the column '" + column + "' is required");
                }
            }
            List<Row> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rows.add(new Row(Map.of(), List.of(new Violation("row", "is not well-formed CSV (e.g. a quoted "
                            + "value is never closed); the rest of the file was not read"))));
                    break;
                }
                if (rows.size() == maxRows) {
                    throw BulkImporter.tooManyRows(maxRows);
                }
                rows.add(row(record, headers, multiLine));
            }
            return rows;
        } catch (IOException e) {
            throw ProblemException.invalid("body", "not a readable CSV file");
        }
    }

    private static Row row(CSVRecord record, Map<String, String> headers, Set<String> multiLine) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        if (record.size() > headers.size()) {
            violations.add(new Violation("row", "has " + record.size() + " values for " + headers.size() + " columns"));
        }
        headers.forEach((column, header) -> {
            if (record.isSet(header)) {
                String value = record.get(header);
                TextRule.problem(value, multiLine.contains(column))
                        .ifPresent(problem -> violations.add(new Violation(column, problem)));
                values.put(column, value);
            }
        });
        return violations.isEmpty() ? new Row(values, List.of()) : new Row(Map.of(), violations);
    }
}
