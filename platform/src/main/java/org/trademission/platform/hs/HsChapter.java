package org.trademission.platform.hs;

/** A chapter of the Harmonized System: the first two digits of an HS code, with its title. */
public record HsChapter(String code, String title) {
}
