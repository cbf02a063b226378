package org.trademission.buyer.company;

import java.time.LocalDate;

/** The contract's {@code buyerProgramme}: enrolled since a date; after a withdrawal, when and why it ended. */
public record BuyerProgramme(boolean enrolled, LocalDate since, LocalDate endedOn, String endReason) {
}
