package org.trademission.matching.schedule.solver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one instance of the published B2B benchmark (Bofill et al., JAIR 2022; MiniZinc data, format in the data
 * folder's README) into a {@link SchedulingProblem}: every meeting required, one day, fairness of two breaks.
 */
final class DznInstance {
    private static final Pattern SET = Pattern.compile("\\{([^}]*)}");

    private DznInstance() {
    }

    static SchedulingProblem read(Path file, int maxBreaks) throws IOException {
        String text = Files.readString(file).replaceAll("%[^\n]*", "");
        int participants = integer(text, "nBusiness");
        int meetings = integer(text, "nMeetings");
        int tables = integer(text, "nTables");
        int slots = integer(text, "nTotalSlots");
        int morning = integer(text, "nMorningSlots");
        List<int[]> rows = new ArrayList<>();
        for (String row : value(text, "requested").replace("[", "").replace("]", "").split("\\|")) {
            String[] cells = row.replace(" ", "").replace("\n", "").split(",");
            if (cells.length >= 3 && !cells[0].isEmpty()) {
                rows.add(new int[] {Integer.parseInt(cells[0]), Integer.parseInt(cells[1]),
                        Integer.parseInt(cells[2])});
            }
        }
        if (rows.size() != meetings) {
            throw new IOException(file + ": " + rows.size() + " meetings read, " + meetings + " declared");
        }
        List<BitSet> forbidden = sets(value(text, "forbidden"));
        int[] fixed = ints(value(text, "fixed"));
        List<BitSet> precedences = sets(value(text, "precedences"));
        List<SchedulingProblem.Participant> people = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            BitSet blocked = new BitSet();
            BitSet raw = forbidden.get(p);
            for (int s = raw.nextSetBit(1); s >= 0; s = raw.nextSetBit(s + 1)) {
                blocked.set(s - 1);
            }
            people.add(new SchedulingProblem.Participant(blocked, Integer.MAX_VALUE, -1));
        }
        List<SchedulingProblem.Slot> grid = new ArrayList<>();
        for (int t = 0; t < slots; t++) {
            grid.add(new SchedulingProblem.Slot(0, tables));
        }
        List<SchedulingProblem.Candidate> candidates = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            int[] row = rows.get(m);
            BitSet allowed = new BitSet();
            switch (row[2]) {
                case 1 -> allowed.set(0, morning);
                case 2 -> allowed.set(morning, slots);
                default -> allowed.set(0, slots);
            }
            candidates.add(new SchedulingProblem.Candidate(row[0] - 1, row[1] - 1, 1, allowed,
                    fixed[m] > 0 ? fixed[m] - 1 : -1));
        }
        List<SchedulingProblem.Precedence> order = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            BitSet before = precedences.get(m);
            for (int b = before.nextSetBit(0); b >= 0; b = before.nextSetBit(b + 1)) {
                order.add(new SchedulingProblem.Precedence(b - 1, m));
            }
        }
        return new SchedulingProblem(people, grid, candidates, order, true, maxBreaks);
    }

    private static int integer(String text, String name) {
        return Integer.parseInt(value(text, name).trim());
    }

    private static String value(String text, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "\\s*=\\s*([^;]*);").matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no " + name);
        }
        return matcher.group(1);
    }

    private static List<BitSet> sets(String value) {
        List<BitSet> sets = new ArrayList<>();
        Matcher matcher = SET.matcher(value);
        while (matcher.find()) {
            BitSet set = new BitSet();
            for (String element : matcher.group(1).split(",")) {
                if (!element.isBlank()) {
                    set.set(Integer.parseInt(element.trim()));
                }
            }
            sets.add(set);
        }
        return sets;
    }

    private static int[] ints(String value) {
        return java.util.Arrays.stream(value.replace("[", "").replace("]", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }
}
