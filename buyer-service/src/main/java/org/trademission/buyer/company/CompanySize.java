package org.trademission.buyer.company;

/** The contract's company sizes. */
public enum CompanySize {
    MICRO, SMALL, MEDIUM, LARGE
}
