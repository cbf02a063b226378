package org.trademission.mission.mission;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trademission.platform.problem.ProblemException;

/**
 * The mission's state machine, in one place: {@code DRAFT → OPEN → SELECTION → CONFIRMED → IN_PROGRESS →
 * COMPLETED}, and {@code CANCELLED} from any state before {@code COMPLETED}. Everything else is illegal.
 */
public final class MissionLifecycle {
    private static final Map<MissionStatus, Set<MissionStatus>> NEXT = new EnumMap<>(MissionStatus.class);

    static {
        NEXT.put(MissionStatus.DRAFT, EnumSet.of(MissionStatus.OPEN, MissionStatus.CANCELLED));
        NEXT.put(MissionStatus.OPEN, EnumSet.of(MissionStatus.SELECTION, MissionStatus.CANCELLED));
        NEXT.put(MissionStatus.SELECTION, EnumSet.of(MissionStatus.CONFIRMED, MissionStatus.CANCELLED));
        NEXT.put(MissionStatus.CONFIRMED, EnumSet.of(MissionStatus.IN_PROGRESS, MissionStatus.CANCELLED));
        NEXT.put(MissionStatus.IN_PROGRESS, EnumSet.of(MissionStatus.COMPLETED, MissionStatus.CANCELLED));
        NEXT.put(MissionStatus.COMPLETED, EnumSet.noneOf(MissionStatus.class));
        NEXT.put(MissionStatus.CANCELLED, EnumSet.noneOf(MissionStatus.class));
    }

    private MissionLifecycle() {
    }

    public static boolean allows(MissionStatus from, MissionStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The states {@code from} may go to (empty for the final ones). */
    public static Set<MissionStatus> next(MissionStatus from) {
        Set<MissionStatus> next = NEXT.get(from);
        return next.isEmpty() ? EnumSet.noneOf(MissionStatus.class) : EnumSet.copyOf(next);
    }

    /** The state {@code action} leads to from {@code from}; a 409 naming the current state and what it allows. */
    public static MissionStatus apply(MissionStatus from, MissionAction action) {
        if (!allows(from, action.target())) {
            throw ProblemException.conflict("The mission is " + from + "; " + action.path() + " is not possible. "
                    + allowedText(from));
        }
        return action.target();
    }

    /** "Allowed: publish (→ OPEN), cancel (→ CANCELLED)." or "It is final: nothing more can happen to it." */
    public static String allowedText(MissionStatus from) {
        Set<MissionStatus> next = NEXT.get(from);
        if (next.isEmpty()) {
            return "It is final: nothing more can happen to it.";
        }
        return "Allowed: " + java.util.Arrays.stream(MissionAction.values())
                .filter(action -> next.contains(action.target()))
                .map(action -> action.path() + " (→ " + action.target() + ")")
                .collect(Collectors.joining(", ")) + ".";
    }

    /** Whether a mission in {@code status} is still changeable at all. */
    public static boolean isFinal(MissionStatus status) {
        return NEXT.get(status).isEmpty();
    }

    /** Dates (and time zone) are fixed once the mission is confirmed: travel and rooms are booked. */
    public static boolean datesFixed(MissionStatus status) {
        return status.compareTo(MissionStatus.CONFIRMED) >= 0;
    }

    /** Published: listed publicly (everything but drafts). */
    public static boolean isPublished(MissionStatus status) {
        return status != MissionStatus.DRAFT;
    }
}
