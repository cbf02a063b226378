package org.trademission.matching.score;

import java.util.List;

/** The score of an exporter and a buyer (0..1) and its reasons. */
public record Match(ExporterProfile exporter, BuyerProfile buyer, double score, List<Reason> reasons) {
}
