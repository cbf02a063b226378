package org.trademission.platform.web;

import java.time.LocalDate;

/** The dates of a {@code from}/{@code to} query, either of which may be absent (open); both inclusive. */
public record DateRange(LocalDate from, LocalDate to) {
}
