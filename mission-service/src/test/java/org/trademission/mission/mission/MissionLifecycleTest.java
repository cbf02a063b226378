package org.trademission.mission.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trademission.platform.problem.ProblemException;

/** The state machine on every pair of states, and every action from every state. */
class MissionLifecycleTest {
    private static final Set<String> LEGAL = Set.of("DRAFT>OPEN", "OPEN>SELECTION", "SELECTION>CONFIRMED",
            "CONFIRMED>IN_PROGRESS", "IN_PROGRESS>COMPLETED", "DRAFT>CANCELLED", "OPEN>CANCELLED",
            "SELECTION>CANCELLED", "CONFIRMED>CANCELLED", "IN_PROGRESS>CANCELLED");

    @Test
    void allowsExactlyTheContractsTransitionsOnEveryPairOfStates() {
        for (MissionStatus from : MissionStatus.values()) {
            for (MissionStatus to : MissionStatus.values()) {
                assertEquals(LEGAL.contains(from + ">" + to), MissionLifecycle.allows(from, to), from + " -> " + to);
            }
        }
    }

    @Test
    void everyActionFromEveryStateLeadsToItsTargetOrIsA409NamingTheStateAndWhatItAllows() {
        for (MissionStatus from : MissionStatus.values()) {
            for (MissionAction action : MissionAction.values()) {
                if (LEGAL.contains(from + ">" + action.target())) {
                    assertEquals(action.target(), MissionLifecycle.apply(from, action));
                } else {
                    ProblemException e = assertThrows(ProblemException.class,
                            () -> MissionLifecycle.apply(from, action));
                    assertEquals(409, e.problem().status());
                    assertTrue(e.problem().detail().contains("is " + from), e.problem().detail());
                    for (MissionStatus next : MissionLifecycle.next(from)) {
                        assertTrue(e.problem().detail().contains("→ " + next), e.problem().detail());
                    }
                }
            }
        }
    }

    @Test
    void completedAndCancelledAreFinal() {
        for (MissionStatus status : EnumSet.of(MissionStatus.COMPLETED, MissionStatus.CANCELLED)) {
            assertTrue(MissionLifecycle.isFinal(status));
            assertTrue(MissionLifecycle.next(status).isEmpty());
            assertTrue(MissionLifecycle.allowedText(status).contains("final"));
        }
    }

    @Test
    void fixesDatesFromConfirmationOn() {
        assertEquals(EnumSet.of(MissionStatus.CONFIRMED, MissionStatus.IN_PROGRESS, MissionStatus.COMPLETED,
                MissionStatus.CANCELLED), EnumSet.copyOf(java.util.Arrays.stream(MissionStatus.values())
                        .filter(MissionLifecycle::datesFixed).toList()));
    }
}
