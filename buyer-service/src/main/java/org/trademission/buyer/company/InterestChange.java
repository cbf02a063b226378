package org.trademission.buyer.company;

import org.trademission.buyer.interest.SourcingInterest;
import org.trademission.platform.event.DomainEvent;

/** A change of one of a buyer's sourcing interests and the event it causes. */
public record InterestChange(SourcingInterest interest, DomainEvent event) {
}
