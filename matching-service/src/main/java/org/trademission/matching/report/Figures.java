package org.trademission.matching.report;

import java.util.List;
import org.trademission.platform.money.Money;

/**
 * The counts of a group of meetings (a mission, an exporter, a buyer, a year).
 *
 * @param meetingsHeld    meetings that took place (the agency's word first, else any side's)
 * @param noShows         meetings reported as not held
 * @param withOutcome     meetings with at least one outcome (the base of the no-show rate)
 * @param leads           meetings with an outcome whose nextStep is not NONE
 * @param pipelineValue   one amount per currency, never summed across currencies; lost deals excluded
 */
public record Figures(int meetingsScheduled, int meetingsHeld, int noShows, int withOutcome, int leads,
        int contractsSigned, List<Money> pipelineValue) {

    public double noShowRate() {
        return withOutcome == 0 ? 0 : Math.round(10_000.0 * noShows / withOutcome) / 10_000.0;
    }
}
